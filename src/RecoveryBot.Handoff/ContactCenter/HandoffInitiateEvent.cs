using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.ContactCenter;

/// <summary>
/// Builds the Bot Framework <c>handoff.initiate</c> event (PROTOCOL §6.2; payloads/handoff-initiate-event.json):
/// user in <c>from</c>, <c>relatesTo</c> = the triggering activity's reference, a context <c>value</c> and the
/// redacted transcript as a JSON attachment named "Transcript".
/// </summary>
public static class HandoffInitiateEvent
{
    public const string Name = "handoff.initiate";
    public const string StatusName = "handoff.status";

    public static Activity Build(Ticket ticket, string? triggeringActivityId, IReadOnlyList<TranscriptLine> lines, DateTimeOffset now)
    {
        var person = ticket.Person;
        var user = new ChannelAccount { Id = person.UserId, Role = "user" };
        var reference = person.ToConversationReference();
        reference.ActivityId = triggeringActivityId;

        var transcript = new JsonArray();
        foreach (var line in lines)
        {
            transcript.Add(new JsonObject
            {
                ["type"] = ActivityTypes.Message,
                ["timestamp"] = Utc(line.At),
                ["from"] = line.Author == TranscriptAuthor.Person
                    ? new JsonObject { ["id"] = person.UserId, ["role"] = "user" }
                    : new JsonObject { ["id"] = person.BotId ?? "bot", ["role"] = "bot" },
                ["text"] = line.Text,
            });
        }

        var value = new JsonObject
        {
            ["reason"] = "userRequestedHuman",
            ["urgency"] = ticket.Risk switch { RiskLevel.Crisis => "high", RiskLevel.Concern => "medium", _ => "normal" },
            ["topic"] = ticket.Category,
            ["locale"] = person.Locale,
            ["ticketId"] = ticket.Id,
            ["flowPath"] = new JsonArray([.. ticket.FlowPath.Select(id => (JsonNode?)JsonValue.Create(id))]),
        };

        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = Name,
            Id = Guid.NewGuid().ToString(),
            Timestamp = Utc(now),
            ChannelId = person.ChannelId,
            ServiceUrl = person.ServiceUrl,
            Conversation = new ConversationAccount { Id = person.ConversationId, TenantId = person.TenantId },
            From = user,
            ReplyToId = triggeringActivityId,
            RelatesTo = reference,
            Value = JsonSerializer.SerializeToElement(value),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = "Transcript",
                    Content = JsonSerializer.SerializeToElement(new JsonObject { ["activities"] = transcript }),
                },
            ],
            Entities = [],
        };
    }

    private static string Utc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
