using System.Text;
using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// Stored activities carry no <c>id</c>: the id is derived from the log watermark (which the log assigns on append),
/// and spliced in as the first property when read. That keeps "stored before acknowledged" a single append.
/// </summary>
public static class ActivityJson
{
    public static byte[] ToStoredBytes(Activity activity)
    {
        var id = activity.Id;
        activity.Id = null;
        try { return JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Context.Activity); }
        finally { activity.Id = id; }
    }

    /// <summary>Writes <paramref name="stored"/> with <c>"id":"…"</c> added in front.</summary>
    public static void WriteWithId(Utf8JsonWriter writer, byte[] stored, string id)
    {
        var idPart = Encoding.UTF8.GetBytes("{\"id\":" + JsonSerializer.Serialize(id, ActivityIdJson.Default.String));
        var empty = stored.Length <= 2; // "{}"
        var buffer = new byte[idPart.Length + (empty ? 1 : stored.Length)];
        idPart.CopyTo(buffer, 0);
        if (empty)
            buffer[^1] = (byte)'}';
        else
        {
            buffer[idPart.Length] = (byte)',';
            stored.AsSpan(1).CopyTo(buffer.AsSpan(idPart.Length + 1));
        }
        writer.WriteRawValue(buffer, skipInputValidation: true);
    }

    /// <summary>The top-level <c>type</c> without deserializing the whole activity.</summary>
    public static string? ReadType(byte[] stored)
    {
        var reader = new Utf8JsonReader(stored);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
        }
        return null;
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class ActivityIdJson : System.Text.Json.Serialization.JsonSerializerContext;
