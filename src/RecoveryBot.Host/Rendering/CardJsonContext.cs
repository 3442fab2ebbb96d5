using System.Text.Json.Serialization;

namespace RecoveryBot.Host.Rendering;

[JsonSerializable(typeof(string))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
