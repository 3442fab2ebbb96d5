using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.ContactCenter;

/// <summary>
/// An external contact centre (PROTOCOL §6.2/6.3): we emit <c>handoff.initiate</c> into the person's conversation
/// and follow <c>handoff.status</c>: accepted → held by the hub; failed → back to our own queue; completed → bot resumes.
/// </summary>
public sealed class ContactCenterBridge(
    TicketRepository tickets,
    IPersonChannel person,
    IHandoffNotifier notifier,
    HandoffAudit audit,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<ContactCenterBridge> logger)
{
    public const string Actor = "contact-center";

    public async Task InitiateAsync(Ticket ticket, HandoffRequest request, IReadOnlyList<TranscriptLine> lines, CancellationToken ct)
    {
        var activity = HandoffInitiateEvent.Build(ticket, request.TriggeringActivityId, lines, time.GetUtcNow());
        await person.SendEventAsync(ticket.Person, activity, ct);
        logger.LogInformation("handoff.initiate sent for {TicketId}", ticket.Id);
    }

    /// <summary>True when the activity was a <c>handoff.status</c> event (consumed here, whatever its state).</summary>
    public async Task<bool> HandleStatusAsync(Activity inbound, CancellationToken ct = default)
    {
        // Detect by type + name, never by from (Copilot Studio and the SDK disagree on from, §6.3).
        if (inbound.Type != ActivityTypes.Event || inbound.Name != HandoffInitiateEvent.StatusName || inbound.Conversation?.Id is not { } conversationId)
        {
            return false;
        }
        var state = inbound.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("state", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()
            : null;
        var ticket = await tickets.GetActiveForConversationAsync(conversationId, ct);
        if (ticket is null || state is null)
        {
            logger.LogWarning("handoff.status ignored: no open handoff or no state (conversation {ConversationId})", conversationId);
            return true;
        }
        var now = time.GetUtcNow();
        var updated = state switch
        {
            "accepted" => await tickets.UpdateAsync(ticket.Id, t => Accept(t, now), ct),
            "failed" => await tickets.UpdateAsync(ticket.Id, t => ReturnToQueue(t, now), ct),
            "completed" => await tickets.UpdateAsync(ticket.Id, t => Complete(t, now), ct),
            _ => null,
        };
        if (updated is null)
        {
            return true;
        }
        await audit.RecordAsync(Actor, AuditAction.ContactCenterStatus, ticket.Id, state, ct);
        switch (state)
        {
            case "failed":
                notifier.Publish(new HandoffEvent(HandoffEventKind.Queued, ticket.Id, null));
                await person.SendNoticeAsync(updated.Person, PersonNotice.Of(HandoffContent.ContactCenterFailed), ct);
                break;
            case "completed":
                notifier.Publish(new HandoffEvent(HandoffEventKind.Closed, ticket.Id, Actor));
                await person.SendNoticeAsync(updated.Person, PersonNotice.Of(HandoffContent.Ended), ct);
                break;
            default:
                notifier.Publish(new HandoffEvent(HandoffEventKind.Claimed, ticket.Id, Actor));
                break;
        }
        return true;
    }

    private static bool Accept(Ticket t, DateTimeOffset now)
    {
        if (t.State != TicketState.Requested)
        {
            return false;
        }
        t.State = TicketState.Claimed;
        t.ClaimedBy = Actor;
        t.ClaimedByName = Actor;
        t.ClaimedAt = now;
        return true;
    }

    private bool ReturnToQueue(Ticket t, DateTimeOffset now)
    {
        if (!t.HeldByContactCenter || !t.State.IsOpen())
        {
            return false;
        }
        // The hub could not take it: our own responders must, and the claim clock starts now.
        t.HeldByContactCenter = false;
        t.State = TicketState.Requested;
        t.ClaimedBy = null;
        t.ClaimedByName = null;
        t.ClaimedAt = null;
        t.NextWaitNoticeAt = now + options.Value.ClaimTarget(t.Risk);
        return true;
    }

    private static bool Complete(Ticket t, DateTimeOffset now)
    {
        if (!t.State.IsOpen())
        {
            return false;
        }
        t.State = TicketState.Closed;
        t.ClosedAt = now;
        return true;
    }
}
