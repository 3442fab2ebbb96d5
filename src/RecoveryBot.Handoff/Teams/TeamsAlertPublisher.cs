using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Teams;

/// <summary>
/// Posts each new ticket to the responders' Teams channel and keeps its card current. A Teams failure is logged
/// and never fails the person's request: the console queue still has the ticket.
/// </summary>
public sealed class TeamsAlertPublisher(
    JsonRecords records,
    IOptions<HandoffOptions> options,
    ILogger<TeamsAlertPublisher> logger,
    IResponderChannel? channel = null,
    StaffWords? words = null)
{
    /// <summary>Responders who claimed in Teams get ids with this prefix (the console's are account ids).</summary>
    public const string TeamsResponderPrefix = "teams:";

    private sealed record ThreadPointer(string TicketId);

    private TeamsResponderOptions Teams => options.Value.Teams;

    // Optional so AddHandoffCore (the CLI, which posts nothing) needs no dialogs/staff.yaml; AddHandoff registers them.
    private StaffWords Words => words ?? throw new InvalidOperationException("Staff words are not registered: the host must call AddHandoff.");

    public bool IsEnabled => channel is not null && Teams.IsConfigured;

    public async Task PostAlertAsync(Ticket ticket, CancellationToken ct)
    {
        if (!IsEnabled)
        {
            return;
        }
        try
        {
            var thread = await channel!.CreateThreadAsync(Teams.ServiceUrl!, TicketAlertCard.CreateConversationBody(Teams, ticket, Words), ct);
            var stored = await records.UpdateAsync<Ticket>(HandoffKeys.Ticket(ticket.Id), t =>
            {
                if (t is null)
                {
                    return null;
                }
                t.TeamsThreadId = thread.ConversationId;
                t.TeamsCardActivityId = thread.ActivityId;
                return t;
            }, ct);
            // Replies arrive on the thread id; some clients report "<channel>;messageid=<root>" instead: map both.
            await records.WriteAsync(HandoffKeys.TeamsThread(thread.ConversationId), new ThreadPointer(ticket.Id), null, ct);
            var rootForm = $"{Teams.ChannelId};messageid={thread.ActivityId}";
            if (rootForm != thread.ConversationId)
            {
                await records.UpdateAsync<ThreadPointer>(HandoffKeys.TeamsThread(rootForm), _ => new ThreadPointer(ticket.Id), ct);
            }
            // Claimed (in the console) or cancelled while the card was being posted: that change found no card
            // to update, so the card would offer "Claim" forever. Bring it up to date now.
            if (stored is { State: not TicketState.Requested } changed)
            {
                await UpdateCardAsync(changed, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Posting handoff {TicketId} to the Teams responders' channel failed", ticket.Id);
        }
    }

    /// <summary>Replaces the card (PUT, PROTOCOL §5.5) to show the holder or the end.</summary>
    public async Task UpdateCardAsync(Ticket ticket, CancellationToken ct)
    {
        if (!IsEnabled || ticket.TeamsThreadId is null || ticket.TeamsCardActivityId is null)
        {
            return;
        }
        try
        {
            var activity = TicketAlertCard.ToActivity(ticket, Words);
            activity.Id = ticket.TeamsCardActivityId;
            await channel!.UpdateActivityAsync(Teams.ServiceUrl!, ticket.TeamsThreadId, ticket.TeamsCardActivityId, activity, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Updating the Teams card of handoff {TicketId} failed", ticket.Id);
        }
    }

    /// <summary>The person's (redacted) line into the thread, when a Teams member holds the ticket.</summary>
    public async Task RelayToThreadAsync(Ticket ticket, TranscriptLine line, CancellationToken ct)
    {
        if (!IsEnabled || ticket.TeamsThreadId is null || ticket.ClaimedBy?.StartsWith(TeamsResponderPrefix, StringComparison.Ordinal) != true)
        {
            return;
        }
        await SendToThreadAsync(ticket.TeamsThreadId, Words.Text(StaffWordIds.ThreadPerson, ("text", line.Text)), ct);
    }

    public async Task SendToThreadAsync(string threadId, string text, CancellationToken ct)
    {
        // Plain text: nothing the person typed is rendered as markdown in the channel.
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
        await channel!.SendToConversationAsync(Teams.ServiceUrl!, threadId, activity, ct);
    }

    public async Task<string?> FindTicketIdByThreadAsync(string? threadConversationId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(threadConversationId))
        {
            return null;
        }
        return (await records.ReadAsync<ThreadPointer>(HandoffKeys.TeamsThread(threadConversationId), ct))?.Value.TicketId;
    }
}
