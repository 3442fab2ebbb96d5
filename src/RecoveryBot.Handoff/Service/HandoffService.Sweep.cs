using Microsoft.Extensions.Logging;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Queue;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>
/// Time-driven changes, run every second by <see cref="HandoffSweeper"/> on <see cref="TimeProvider"/>: the
/// "nobody yet" notice when the claim target passes, reminders, the final time-out, and returning a ticket whose
/// responder vanished. Each change is a compare-and-set, so several host instances sweeping at once send each
/// notice once.
/// </summary>
public sealed partial class HandoffService
{
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var actions = 0;
        foreach (var ticket in await tickets.ListOpenAsync(ct))
        {
            try
            {
                actions += ticket.State == TicketState.Requested
                    ? await SweepWaitingAsync(ticket, ct)
                    : await SweepClaimedAsync(ticket, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken ticket must not stop the notices of everyone else.
                logger.LogError(ex, "Sweep failed for handoff {TicketId}", ticket.Id);
            }
        }
        return actions;
    }

    private async Task<int> SweepWaitingAsync(Ticket ticket, CancellationToken ct)
    {
        if (ticket.HeldByContactCenter)
        {
            return 0;
        }
        var now = time.GetUtcNow();
        if (Options.MaxWaitMinutes > 0 && now - ticket.RequestedAt >= TimeSpan.FromMinutes(Options.MaxWaitMinutes))
        {
            var timedOut = await tickets.UpdateAsync(ticket.Id, t =>
            {
                if (t.State != TicketState.Requested)
                {
                    return false;
                }
                t.State = TicketState.TimedOut;
                t.ClosedAt = now;
                return true;
            }, ct);
            if (timedOut is null)
            {
                return 0;
            }
            await audit.RecordAsync(HandoffAudit.SystemActor, AuditAction.TimedOut, ticket.Id, ct: ct);
            notifier.Publish(new HandoffEvent(HandoffEventKind.TimedOut, ticket.Id, null));
            await person.SendNoticeAsync(timedOut.Person, PersonNotice.Of(HandoffContent.TimedOut) with
            {
                ShowCrisisContacts = true,
                CrisisCategory = timedOut.Category,
            }, ct);
            await teams.UpdateCardAsync(timedOut, ct);
            return 1;
        }

        if (ticket.NextWaitNoticeAt is null || ticket.NextWaitNoticeAt > now)
        {
            return 0;
        }
        var due = await tickets.UpdateAsync(ticket.Id, t =>
        {
            if (t.State != TicketState.Requested || t.NextWaitNoticeAt is null || t.NextWaitNoticeAt > now)
            {
                return false;
            }
            t.WaitNotices++;
            t.NextWaitNoticeAt = now + TimeSpan.FromSeconds(Options.ReminderSeconds);
            return true;
        }, ct);
        if (due is null)
        {
            return 0;
        }
        logger.LogWarning("Handoff {TicketId} unclaimed past its target (risk {Risk}, notice {Notice})", due.Id, due.Risk, due.WaitNotices);
        var place = QueueOrder.PlaceOf(await GetQueueAsync(ct), due.Id) ?? 1;
        // Never silence: say nobody has joined yet, show the crisis contacts again, keep the request open.
        await person.SendNoticeAsync(due.Person, PersonNotice.Of(HandoffContent.NoOneYet,
            ("position", place.ToString(System.Globalization.CultureInfo.InvariantCulture))) with
        {
            ShowCrisisContacts = true,
            CrisisCategory = due.Category,
        }, ct);
        notifier.Publish(new HandoffEvent(HandoffEventKind.WaitNoticeSent, due.Id, null));
        return 1;
    }

    private async Task<int> SweepClaimedAsync(Ticket ticket, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var grace = TimeSpan.FromSeconds(Options.DisconnectGraceSeconds);
        if (ticket.HolderDisconnectedAt is null || ticket.HolderDisconnectedAt + grace > now)
        {
            return 0;
        }
        string? formerHolder = null;
        var released = await tickets.UpdateAsync(ticket.Id, t =>
        {
            if (t.State != TicketState.Claimed || t.HolderDisconnectedAt is null || t.HolderDisconnectedAt + grace > now)
            {
                return false;
            }
            formerHolder = t.ClaimedBy;
            t.State = TicketState.Requested;
            t.ClaimedBy = null;
            t.ClaimedByName = null;
            t.ClaimedAt = null;
            t.HolderDisconnectedAt = null;
            // The person keeps their original request time, so they go back near the front; the claim target runs again.
            t.NextWaitNoticeAt = now + Options.ClaimTarget(t.Risk);
            return true;
        }, ct);
        if (released is null)
        {
            return 0;
        }
        logger.LogWarning("Handoff {TicketId} returned to the queue: responder {ResponderId} disconnected", released.Id, formerHolder);
        await audit.RecordAsync(HandoffAudit.SystemActor, AuditAction.Released, released.Id, formerHolder, ct);
        notifier.Publish(new HandoffEvent(HandoffEventKind.Released, released.Id, formerHolder));
        await TellPlaceAsync(released, HandoffContent.ResponderLeft, ct);
        await teams.UpdateCardAsync(released, ct);
        return 1;
    }
}
