using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Teams;

/// <summary>
/// The alert card in the responders' channel: Adaptive Card 1.5 (the Teams limit, PROTOCOL §5.5) with an
/// <c>Action.Submit</c> "Claim" whose data comes back as the message's <c>value</c>. Staff-facing words only; it
/// never shows anything the person wrote.
/// </summary>
public static class TicketAlertCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string ClaimAction = "claim";

    public static JsonObject Build(Ticket ticket)
    {
        var facts = new JsonArray
        {
            Fact(ResponderWords.Risk, ResponderWords.RiskName(ticket.Risk)),
            Fact(ResponderWords.Category, ticket.Category ?? ResponderWords.None),
            Fact(ResponderWords.Channel, ticket.Channel),
            Fact(ResponderWords.Language, ticket.Locale),
            Fact(ResponderWords.Requested, Time(ticket.RequestedAt)),
            Fact(ResponderWords.Status, Status(ticket)),
        };
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = $"{ResponderWords.HandoffRequest} {ticket.Id}",
                    ["weight"] = "Bolder",
                    ["size"] = "Medium",
                    ["wrap"] = true,
                    ["color"] = ticket.Risk == RiskLevel.Crisis ? "Attention" : "Default",
                },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
            },
        };
        if (ticket.State == TicketState.Requested)
        {
            card["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = ResponderWords.Claim,
                    ["data"] = new JsonObject { ["action"] = ClaimAction, ["ticketId"] = ticket.Id },
                },
            };
        }
        return card;
    }

    public static Activity ToActivity(Ticket ticket) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = ContentType, Content = JsonSerializer.SerializeToElement(Build(ticket)) }],
    };

    /// <summary>The create-conversation body of PROTOCOL §5.7: a new thread in the channel, tenant included.</summary>
    public static JsonObject CreateConversationBody(TeamsResponderOptions teams, Ticket ticket) => new()
    {
        ["isGroup"] = true,
        ["tenantId"] = teams.TenantId,
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = teams.ChannelId },
            ["tenant"] = new JsonObject { ["id"] = teams.TenantId },
        },
        ["activity"] = JsonSerializer.SerializeToNode(ToActivity(ticket), ProtocolJson.Context.Activity),
    };

    private static string Status(Ticket ticket) => ticket.State switch
    {
        TicketState.Requested when ticket.HeldByContactCenter => ResponderWords.WithContactCenter,
        TicketState.Requested => ResponderWords.Waiting,
        TicketState.Claimed => $"{ResponderWords.ClaimedBy} {ticket.ClaimedByName} {ResponderWords.At} {Time(ticket.ClaimedAt)}",
        TicketState.Closed => $"{ResponderWords.EndedAt} {Time(ticket.ClosedAt)} ({ResponderWords.ClaimedBy} {ticket.ClaimedByName})",
        TicketState.Cancelled => $"{ResponderWords.CancelledByPerson} {Time(ticket.ClosedAt)}",
        TicketState.TimedOut => $"{ResponderWords.TimedOutAt} {Time(ticket.ClosedAt)}",
        _ => ticket.State.ToString(),
    };

    private static string Time(DateTimeOffset? at) =>
        at is null ? "" : at.Value.UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
