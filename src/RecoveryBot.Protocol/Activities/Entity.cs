using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>
/// An activity entity. Mentions (Teams) and our own <c>recoverybot.content</c> marker have typed fields; every
/// other entity (clientInfo, ClientCapabilities…) survives in <see cref="Extra"/>.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
    public string? ContentId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
