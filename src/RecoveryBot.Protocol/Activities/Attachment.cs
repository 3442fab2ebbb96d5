using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>An attachment: inline <see cref="Content"/> (cards) or a <see cref="ContentUrl"/>, never both (A7100).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
