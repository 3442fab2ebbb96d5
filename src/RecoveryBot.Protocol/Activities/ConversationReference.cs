using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>What a bot keeps to message a conversation later (PROTOCOL §1.4, A7550).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
