using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Teams;

/// <summary>
/// The alert card in the responders' channel: Adaptive Card 1.5 (the Teams limit, PROTOCOL §5.5) with an
/// <c>Action.Submit</c> "Claim" whose data comes back as the message's <c>value</c>. Staff-facing words only (from
/// dialogs/staff.yaml); it never shows anything the person wrote.
/// </summary>
public static class TicketAlertCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string ClaimAction = "claim";

    public static JsonObject Build(Ticket ticket, StaffWords words)
    {
        var facts = new JsonArray
        {
            Fact(words.Text(StaffWordIds.Risk), words.Risk(ticket.Risk)),
            Fact(words.Text(StaffWordIds.Category), ticket.Category ?? words.Text(StaffWordIds.None)),
            Fact(words.Text(StaffWordIds.Channel), ticket.Channel),
            Fact(words.Text(StaffWordIds.Language), ticket.Locale),
            Fact(words.Text(StaffWordIds.Requested), Time(ticket.RequestedAt)),
            Fact(words.Text(StaffWordIds.Status), Status(ticket, words)),
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
                    ["text"] = words.Text(StaffWordIds.CardTitle, ("ticket", ticket.Id)),
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
                    ["title"] = words.Text(StaffWordIds.Claim),
                    ["data"] = new JsonObject { ["action"] = ClaimAction, ["ticketId"] = ticket.Id },
                },
            };
        }
        return card;
    }

    public static Activity ToActivity(Ticket ticket, StaffWords words) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = ContentType, Content = JsonSerializer.SerializeToElement(Build(ticket, words)) }],
    };

    /// <summary>The create-conversation body of PROTOCOL §5.7: a new thread in the channel, tenant included.</summary>
    public static JsonObject CreateConversationBody(TeamsResponderOptions teams, Ticket ticket, StaffWords words) => new()
    {
        ["isGroup"] = true,
        ["tenantId"] = teams.TenantId,
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = teams.ChannelId },
            ["tenant"] = new JsonObject { ["id"] = teams.TenantId },
        },
        ["activity"] = JsonSerializer.SerializeToNode(ToActivity(ticket, words), ProtocolJson.Context.Activity),
    };

    private static string Status(Ticket ticket, StaffWords words) => ticket.State switch
    {
        TicketState.Requested when ticket.HeldByContactCenter => words.Text(StaffWordIds.CardContactCentre),
        TicketState.Requested => words.Text(StaffWordIds.CardWaiting),
        TicketState.Claimed => words.Text(StaffWordIds.CardClaimed, ("name", ticket.ClaimedByName), ("time", Time(ticket.ClaimedAt))),
        TicketState.Closed => words.Text(StaffWordIds.CardEnded, ("time", Time(ticket.ClosedAt)), ("name", ticket.ClaimedByName)),
        TicketState.Cancelled => words.Text(StaffWordIds.CardCancelled, ("time", Time(ticket.ClosedAt))),
        TicketState.TimedOut => words.Text(StaffWordIds.CardTimedOut, ("time", Time(ticket.ClosedAt))),
        _ => ticket.State.ToString(),
    };

    private static string Time(DateTimeOffset? at) =>
        at is null ? "" : at.Value.UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
