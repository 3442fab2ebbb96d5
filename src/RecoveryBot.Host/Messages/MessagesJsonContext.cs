using System.Text.Json.Serialization;

namespace RecoveryBot.Host.Messages;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class MessagesJsonContext : JsonSerializerContext;
