using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Protocol.Tests.Activities;

/// <summary>
/// Every shared payload parses with <see cref="ProtocolJson"/> and re-serialises to the same JSON tree (spec A2005:
/// unknown fields preserved). Playground captures wrap the activity as <c>{ headers, body }</c>; only the body is the wire activity.
/// </summary>
public sealed class PayloadRoundTripTests
{
    public static TheoryData<string> ActivityPayloads => new()
    {
        "adaptivecard-action-invoke.json",
        "handoff-initiate-event.json",
        "teams-conversationupdate-membersadded.json",
        "teams-personal-message.json",
        "webchat-message-via-directline.json",
        "playground-conversationupdate-channel-teammemberadded.json",
        "playground-conversationupdate-personal.json",
        "playground-invoke-adaptivecard-action.json",
        "playground-message-channel-mention.json",
        "playground-message-personal.json",
    };

    [Theory]
    [MemberData(nameof(ActivityPayloads))]
    public void ActivityPayload_RoundTripsWithoutLosingAField(string file)
    {
        var original = WireBody(file);

        var activity = original.Deserialize(ProtocolJson.Context.Activity)!;
        var again = JsonSerializer.SerializeToNode(activity, ProtocolJson.Context.Activity);

        activity.Type.ShouldNotBeNullOrEmpty();
        activity.ChannelId.ShouldNotBeNullOrEmpty();
        JsonNode.DeepEquals(original, again).ShouldBeTrue($"{file} changed:\n{again!.ToJsonString()}");
    }

    [Fact]
    public void ExpectRepliesBody_RoundTripsAsExpectedReplies()
    {
        AssertRoundTrip("expectreplies-response.json", ProtocolJson.Context.ExpectedReplies)
            .Activities.Select(a => a.Type).ShouldBe(["typing", "message"]);
    }

    [Fact]
    public void DirectLineActivitySet_ActivitiesAndWatermarkRoundTrip()
    {
        // Direct Line's ActivitySet has the same "activities" array plus "watermark", kept as an extra field.
        var set = AssertRoundTrip("directline-activityset-watermark.json", ProtocolJson.Context.ExpectedReplies);
        set.Activities.Count.ShouldBe(2);
        set.Activities[1].SuggestedActions!.Actions.Count.ShouldBe(2);
        set.Extra!["watermark"].GetString().ShouldBe("3");
    }

    [Fact]
    public void TeamsChannelAlert_RoundTripsAsConversationParameters()
    {
        var parameters = AssertRoundTrip("teams-channel-alert-create-conversation.json", ProtocolJson.Context.ConversationParameters);
        parameters.IsGroup.ShouldBe(true);
        parameters.Activity!.Entities![0].Mentioned!.Id.ShouldBe("29:1ExampleResponderIdForDocsOnly-Wm3pD");
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_RoundTrips()
    {
        var response = AssertRoundTrip("adaptivecard-action-invoke-response.json", ProtocolJson.Context.AdaptiveCardInvokeResponse);
        response.StatusCode.ShouldBe(200);
        response.Type.ShouldBe(AdaptiveCardInvokeResponse.CardType);
    }

    [Fact]
    public void PlaygroundMention_TypedFieldsAreRead()
    {
        var activity = WireBody("playground-message-channel-mention.json").Deserialize(ProtocolJson.Context.Activity)!;

        activity.Conversation!.ConversationType.ShouldBe("channel");
        activity.Entities![0].Type.ShouldBe("mention");
        activity.Entities[1].Extra!["country"].GetString().ShouldBe("US");
        activity.ServiceUrl.ShouldBe("http://localhost:56150/_connector");
    }

    [Fact]
    public void NullFields_AreOmittedWhenWriting()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = "message", Text = "x" }, ProtocolJson.Context.Activity);

        json.ShouldBe("""{"type":"message","text":"x"}""");
    }

    private static T AssertRoundTrip<T>(string file, JsonTypeInfo<T> typeInfo)
    {
        var original = WireBody(file);
        var value = original.Deserialize(typeInfo)!;
        var again = JsonSerializer.SerializeToNode(value, typeInfo);
        JsonNode.DeepEquals(original, again).ShouldBeTrue($"{file} changed:\n{again!.ToJsonString()}");
        return value;
    }

    internal static JsonNode WireBody(string file)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "payloads", file)))!;
        return node is JsonObject o && o.ContainsKey("headers") && o["body"] is JsonObject body ? body.DeepClone() : node;
    }
}
