using System.Text.Json;
using System.Text.Json.Serialization;

namespace RecoveryBot.Handoff.Storage;

/// <summary>Serializer settings for handoff records: camelCase, enums as strings (readable in the database).</summary>
public static class HandoffJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
