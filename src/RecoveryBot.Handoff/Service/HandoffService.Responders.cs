using Microsoft.Extensions.Logging;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>Responder actions: claim, transfer, end, connection presence. Each is one compare-and-set on the ticket.</summary>
public sealed partial class HandoffService
{
    /// <summary>Two responders claiming at once: the ETag write lets exactly one through; the other gets AlreadyClaimed.</summary>
    public async Task<HandoffResult> ClaimAsync(string ticketId, ResponderIdentity responder, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var claimed = await tickets.UpdateAsync(ticketId, t =>
        {
            if (t.State != TicketState.Requested)
            {
                return false;
            }
            t.State = TicketState.Claimed;
            t.ClaimedBy = responder.Id;
            t.ClaimedByName = responder.DisplayName;
            t.ClaimedAt = now;
            t.HolderDisconnectedAt = null;
            return true;
        }, ct);
        if (claimed is null)
        {
            return await ExplainRefusalAsync(ticketId, ct);
        }

        await audit.RecordAsync(responder.Id, AuditAction.Claimed, ticketId, ct: ct);
        logger.LogInformation("Handoff {TicketId} claimed by {ResponderId}", ticketId, responder.Id);
        notifier.Publish(new HandoffEvent(HandoffEventKind.Claimed, ticketId, responder.Id));
        await person.SendNoticeAsync(claimed.Person, PersonNotice.Of(HandoffContent.ResponderJoined, ("responder", responder.DisplayName)), ct);
        await teams.UpdateCardAsync(claimed, ct);
        await RetellPlacesAsync(ct);
        return HandoffResult.Ok(claimed);
    }

    /// <summary>The holder (or a supervisor) hands the conversation to a colleague known to the directory.</summary>
    public async Task<HandoffResult> TransferAsync(string ticketId, ResponderIdentity from, string toResponderId, CancellationToken ct = default)
    {
        var target = await directory.FindAsync(toResponderId, ct);
        if (target is null || target.Id == from.Id)
        {
            return HandoffResult.Fail(HandoffOutcome.UnknownResponder);
        }
        var now = time.GetUtcNow();
        string? previousHolder = null;
        var moved = await tickets.UpdateAsync(ticketId, t =>
        {
            if (t.State != TicketState.Claimed || !MayAct(t, from))
            {
                return false;
            }
            previousHolder = t.ClaimedBy;
            t.Transfers.Add(new TransferRecord(t.ClaimedBy!, target.Id, now));
            t.ClaimedBy = target.Id;
            t.ClaimedByName = target.DisplayName;
            t.HolderDisconnectedAt = null;
            return true;
        }, ct);
        if (moved is null)
        {
            return await ExplainRefusalAsync(ticketId, ct, from);
        }

        await audit.RecordAsync(from.Id, AuditAction.Transferred, ticketId, target.Id, ct);
        notifier.Publish(new HandoffEvent(HandoffEventKind.Transferred, ticketId, target.Id));
        await person.SendNoticeAsync(moved.Person, PersonNotice.Of(HandoffContent.Transferred, ("responder", target.DisplayName)), ct);
        await teams.UpdateCardAsync(moved, ct);
        return HandoffResult.Ok(moved);
    }

    /// <summary>The responder ends the handoff; the bot greets the person again (the pipeline resumes dialogs).</summary>
    public async Task<HandoffResult> EndAsync(string ticketId, ResponderIdentity responder, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var ended = await tickets.UpdateAsync(ticketId, t =>
        {
            if (t.State != TicketState.Claimed || !MayAct(t, responder))
            {
                return false;
            }
            t.State = TicketState.Closed;
            t.ClosedAt = now;
            return true;
        }, ct);
        if (ended is null)
        {
            return await ExplainRefusalAsync(ticketId, ct, responder);
        }

        await audit.RecordAsync(responder.Id, AuditAction.Ended, ticketId, ct: ct);
        logger.LogInformation("Handoff {TicketId} ended by {ResponderId}", ticketId, responder.Id);
        notifier.Publish(new HandoffEvent(HandoffEventKind.Closed, ticketId, ended.ClaimedBy));
        await person.SendNoticeAsync(ended.Person, PersonNotice.Of(HandoffContent.Ended), ct);
        await teams.UpdateCardAsync(ended, ct);
        return HandoffResult.Ok(ended);
    }

    /// <summary>
    /// The console tells us when a responder's last live connection closes (or one opens again). Tickets they hold
    /// go back to the queue after <see cref="HandoffOptions.DisconnectGraceSeconds"/> (see the sweep).
    /// </summary>
    public async Task ResponderPresenceChangedAsync(string responderId, bool connected, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        foreach (var held in await GetHeldByAsync(responderId, ct))
        {
            await tickets.UpdateAsync(held.Id, t =>
            {
                if (t.State != TicketState.Claimed || t.ClaimedBy != responderId)
                {
                    return false;
                }
                if (connected == (t.HolderDisconnectedAt is null))
                {
                    return false;
                }
                t.HolderDisconnectedAt = connected ? null : now;
                return true;
            }, ct);
        }
    }

    /// <summary>The holder may act on their ticket; a supervisor may act on any.</summary>
    public static bool MayAct(Ticket ticket, ResponderIdentity responder) =>
        ticket.ClaimedBy == responder.Id || responder.IsSupervisor;

    private async Task<HandoffResult> ExplainRefusalAsync(string ticketId, CancellationToken ct, ResponderIdentity? actor = null)
    {
        var current = await tickets.GetAsync(ticketId, ct);
        if (current is null)
        {
            return HandoffResult.Fail(HandoffOutcome.NotFound);
        }
        if (!current.State.IsOpen())
        {
            return HandoffResult.Fail(HandoffOutcome.NotOpen, current);
        }
        if (actor is not null && current.State == TicketState.Claimed && !MayAct(current, actor))
        {
            return HandoffResult.Fail(HandoffOutcome.NotHolder, current);
        }
        return HandoffResult.Fail(current.State == TicketState.Claimed ? HandoffOutcome.AlreadyClaimed : HandoffOutcome.NotHolder, current);
    }
}
