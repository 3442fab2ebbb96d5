using System.Buffers;
using System.Text.Json;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Rendering;

/// <summary>Card attachments: a hero card of contacts (Web Chat) and an Adaptive Card 1.5 (Teams).</summary>
public static class CardAttachments
{
    public const string HeroContentType = "application/vnd.microsoft.card.hero";
    public const string AdaptiveContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment HeroCardOfLinks(IReadOnlyList<ReplyLink> links) => new()
    {
        ContentType = HeroContentType,
        Content = Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("buttons");
            foreach (var link in links)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "openUrl");
                writer.WriteString("title", link.Title);
                writer.WriteString("value", link.Url);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }),
    };

    /// <summary>
    /// Choices become <c>Action.Submit</c> with Teams' <c>msteams.imBack</c> data, so a tap posts the label as the
    /// person's message exactly like a suggested action; contacts become <c>Action.OpenUrl</c>.
    /// </summary>
    public static Attachment AdaptiveCard(Reply reply) => new()
    {
        ContentType = AdaptiveContentType,
        Content = Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "AdaptiveCard");
            writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            writer.WriteString("version", "1.5");
            writer.WriteStartArray("body");
            writer.WriteStartObject();
            writer.WriteString("type", "TextBlock");
            writer.WriteString("text", reply.Text);
            writer.WriteBoolean("wrap", true);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartArray("actions");
            foreach (var link in reply.Links)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "Action.OpenUrl");
                writer.WriteString("title", link.Title);
                writer.WriteString("url", link.Url);
                writer.WriteEndObject();
            }
            foreach (var choice in reply.Choices)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "Action.Submit");
                writer.WriteString("title", choice.Title);
                writer.WriteStartObject("data");
                writer.WriteStartObject("msteams");
                writer.WriteString("type", "imBack");
                writer.WriteString("value", choice.Title);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }),
    };

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
