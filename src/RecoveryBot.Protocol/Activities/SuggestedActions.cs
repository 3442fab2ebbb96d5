using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>Buttons shown under a message until the next one arrives (PROTOCOL §1.3, §5.6).</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
