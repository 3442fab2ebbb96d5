using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>A clickable action (PROTOCOL §1.5): imBack, postBack, messageBack, openUrl, call…</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }
    public string? Image { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
