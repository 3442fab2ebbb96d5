using System.Text.Json;
using System.Text.RegularExpressions;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Teams;

public enum TeamsHandling
{
    /// <summary>Not ours (no ticket for this thread, or not a message): the pipeline may do what it likes.</summary>
    Ignored,
    Claimed,
    ClaimRefused,
    Relayed,
    Ended,
    /// <summary>A colleague talking in the thread who does not hold the ticket: kept in Teams, not relayed.</summary>
    NotHolder,
}

/// <summary>
/// Activities from the responders' channel: the card's Claim (<c>Action.Submit</c> → message with <c>value</c>,
/// PROTOCOL §5.5), thread replies relayed to the person, and <c>end</c> in the thread to end the handoff.
/// </summary>
public sealed partial class TeamsResponderChannelHandler(HandoffService service, TeamsAlertPublisher publisher, StaffWords words)
{
    public async Task<TeamsHandling> HandleAsync(Activity inbound, CancellationToken ct = default)
    {
        if (inbound.Type != ActivityTypes.Message || inbound.From?.Id is null)
        {
            return TeamsHandling.Ignored;
        }
        var responder = Identify(inbound.From);
        if (ClaimedTicketId(inbound.Value) is { } claimId)
        {
            return await ClaimAsync(claimId, responder, inbound, ct);
        }

        var ticketId = await publisher.FindTicketIdByThreadAsync(inbound.Conversation?.Id, ct);
        var text = StripMentions(inbound.Text);
        if (ticketId is null || text.Length == 0)
        {
            return TeamsHandling.Ignored;
        }
        var ticket = await service.GetAsync(ticketId, ct);
        if (ticket is null || ticket.ClaimedBy != responder.Id)
        {
            return TeamsHandling.NotHolder;
        }
        if (string.Equals(text, words.Text(StaffWordIds.ThreadEndCommand), StringComparison.OrdinalIgnoreCase))
        {
            var ended = await service.EndAsync(ticketId, responder, ct);
            return ended.Succeeded ? TeamsHandling.Ended : TeamsHandling.NotHolder;
        }
        var sent = await service.SendFromResponderAsync(ticketId, responder, text, ct);
        return sent.Succeeded ? TeamsHandling.Relayed : TeamsHandling.NotHolder;
    }

    /// <summary>A Teams member acting as responder: the AAD object id when present (stable across devices).</summary>
    public static ResponderIdentity Identify(ChannelAccount from) => new(
        TeamsAlertPublisher.TeamsResponderPrefix + (from.AadObjectId ?? from.Id),
        string.IsNullOrWhiteSpace(from.Name) ? "Responder" : from.Name!,
        ResponderRole.Responder);

    private async Task<TeamsHandling> ClaimAsync(string ticketId, ResponderIdentity responder, Activity inbound, CancellationToken ct)
    {
        var result = await service.ClaimAsync(ticketId, responder, ct);
        if (result.Succeeded)
        {
            return TeamsHandling.Claimed;
        }
        // Tell the member why nothing happened, in the thread they clicked in.
        if (inbound.Conversation?.Id is { } thread && publisher.IsEnabled)
        {
            var why = result.Outcome == HandoffOutcome.AlreadyClaimed
                ? words.Text(StaffWordIds.ThreadAlreadyClaimed, ("name", result.Ticket?.ClaimedByName))
                : words.Text(StaffWordIds.ThreadNoLongerOpen);
            await publisher.SendToThreadAsync(thread, why, ct);
        }
        return TeamsHandling.ClaimRefused;
    }

    private static string? ClaimedTicketId(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return null;
        }
        return v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
            && action.GetString() == TicketAlertCard.ClaimAction
            && v.TryGetProperty("ticketId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    /// <summary>Channel messages carry "&lt;at&gt;Bot&lt;/at&gt;" when the bot is mentioned (PROTOCOL §5.4).</summary>
    private static string StripMentions(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Mention().Replace(text, " ").Trim();

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
