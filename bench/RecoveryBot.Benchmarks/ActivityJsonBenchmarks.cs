using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Benchmarks;

/// <summary>Reading and writing one activity, as every turn does once each way (issue #9 §1).</summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private byte[] _teamsMessage = [];
    private Activity _reply = new();

    [GlobalSetup]
    public void Setup()
    {
        _teamsMessage = """
            {"type":"message","id":"1763647387512","timestamp":"2025-11-20T14:03:07.512Z","localTimestamp":"2025-11-20T14:03:07.512+00:00",
             "localTimezone":"Europe/London","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
             "from":{"id":"29:1ExampleTeamsUserIdForDocsOnly-qR7tZ","name":"Alex Example","aadObjectId":"6f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"},
             "conversation":{"conversationType":"personal","tenantId":"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","id":"a:1ExamplePersonalConversationIdForDocsOnly-Hk29sLq"},
             "recipient":{"id":"28:0b5c8e2d-1f3a-4c6b-9d7e-2a4f6b8c0d1e","name":"RecoveryBot"},"textFormat":"plain",
             "text":"I keep thinking about drinking again tonight","locale":"en-GB",
             "entities":[{"type":"clientInfo","locale":"en-GB","country":"GB","platform":"Windows","timezone":"Europe/London"}],
             "channelData":{"tenant":{"id":"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}}}
            """u8.ToArray();
        _reply = JsonSerializer.Deserialize(_teamsMessage, ProtocolJson.Context.Activity)!;
        _reply.SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction { Type = "imBack", Title = "Not at all" }, new CardAction { Type = "imBack", Title = "Several days" }],
        };
    }

    [Benchmark]
    public Activity? Deserialize() => JsonSerializer.Deserialize(_teamsMessage, ProtocolJson.Context.Activity);

    [Benchmark]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_reply, ProtocolJson.Context.Activity);
}
