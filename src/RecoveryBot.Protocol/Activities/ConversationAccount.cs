using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Protocol.Activities;

/// <summary>A conversation address (PROTOCOL §1.4). Teams adds conversationType and tenantId.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
