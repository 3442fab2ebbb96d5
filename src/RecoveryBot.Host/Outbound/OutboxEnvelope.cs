using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Outbound;

/// <summary>What one outbox item holds: where to send and the activity, as JSON bytes.</summary>
public sealed record OutboxEnvelope(string ServiceUrl, string ConversationId, Activity Activity)
{
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("serviceUrl", ServiceUrl);
            writer.WriteString("conversationId", ConversationId);
            writer.WritePropertyName("activity");
            JsonSerializer.Serialize(writer, Activity, ProtocolJson.Context.Activity);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static OutboxEnvelope FromBytes(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var activity = root.GetProperty("activity").Deserialize(ProtocolJson.Context.Activity)
            ?? throw new JsonException("An outbox item has no activity.");
        return new OutboxEnvelope(root.GetProperty("serviceUrl").GetString()!, root.GetProperty("conversationId").GetString()!, activity);
    }
}
