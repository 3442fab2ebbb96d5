using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>The body answered for <c>deliveryMode: "expectReplies"</c> (PROTOCOL §3.7).</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The Connector's answer to a send: the id the channel gave the activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
