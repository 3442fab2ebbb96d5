using System.Text.Json.Serialization;

namespace RecoveryBot.Host.Conversations;

/// <summary>Source-generated JSON for what the host stores; camelCase like the wire.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationRecord))]
public sealed partial class HostJsonContext : JsonSerializerContext;
