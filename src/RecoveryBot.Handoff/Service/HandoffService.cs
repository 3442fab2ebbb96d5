using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.ContactCenter;
using RecoveryBot.Handoff.Queue;
using RecoveryBot.Handoff.Redaction;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>
/// The handoff API the turn pipeline and the console call (ARCHITECTURE §7). This file: requests, the person's
/// side and queue queries. Responder actions, relay and the SLA sweep are the other parts of this class.
/// </summary>
public sealed partial class HandoffService(
    TicketRepository tickets,
    TranscriptStore transcripts,
    HandoffAudit audit,
    IHandoffNotifier notifier,
    IPersonChannel person,
    IResponderDirectory directory,
    TeamsAlertPublisher teams,
    ContactCenterBridge contactCenter,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    private HandoffOptions Options => options.Value;

    /// <summary>The person accepted the offer of a human. Idempotent per conversation: an open request is reused.</summary>
    public async Task<Ticket> RequestAsync(HandoffRequest request, CancellationToken ct = default)
    {
        var existing = await tickets.GetActiveForConversationAsync(request.Person.ConversationId, ct);
        if (existing is not null)
        {
            // Asked again (maybe now in crisis): raise the risk, never lower it.
            var raised = await tickets.UpdateAsync(existing.Id, t => RaiseRisk(t, request.Risk), ct) ?? existing;
            await TellPlaceAsync(raised, HandoffContent.PlaceInLine, ct);
            return raised;
        }

        var now = time.GetUtcNow();
        var ticket = new Ticket
        {
            Id = $"hf-{now.UtcDateTime:yyyyMMdd}-{Guid.NewGuid():N}"[..20],
            Person = request.Person,
            Risk = request.Risk,
            Category = request.Category,
            FlowPath = [.. request.FlowPath],
            RequestedAt = now,
            NextWaitNoticeAt = now + Options.ClaimTarget(request.Risk),
            HeldByContactCenter = Options.ContactCenter.Enabled,
        };
        await tickets.CreateAsync(ticket, ct);
        foreach (var line in request.PriorLines)
        {
            await transcripts.AppendLineAsync(ticket.Id, line.Author, null, Redactor.Redact(line.Text), line.At, crisis: false, ct);
        }
        await audit.RecordAsync(HandoffAudit.PersonActor, AuditAction.Requested, ticket.Id, ct: ct);
        logger.LogInformation("Handoff {TicketId} requested: risk {Risk}, channel {Channel}", ticket.Id, ticket.Risk, ticket.Channel);

        // Responders hear of the request first: if the person's channel is down, the ticket must still be seen.
        notifier.Publish(new HandoffEvent(HandoffEventKind.Queued, ticket.Id, null));
        await teams.PostAlertAsync(ticket, ct);
        try
        {
            await TellPlaceAsync(ticket, HandoffContent.Queued, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Telling the person about handoff {TicketId} failed; the request stays queued", ticket.Id);
        }
        if (Options.ContactCenter.Enabled)
        {
            await contactCenter.InitiateAsync(ticket, request, await transcripts.ReadLinesAsync(ticket.Id, ct), ct);
        }
        return await tickets.GetAsync(ticket.Id, ct) ?? ticket;
    }

    /// <summary>The person said "stop waiting" (or left). Closes a waiting or claimed request.</summary>
    public async Task<Ticket?> CancelAsync(string conversationId, CancellationToken ct = default)
    {
        var active = await tickets.GetActiveForConversationAsync(conversationId, ct);
        if (active is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var cancelled = await tickets.UpdateAsync(active.Id, t =>
        {
            if (!t.State.IsOpen())
            {
                return false;
            }
            t.State = TicketState.Cancelled;
            t.ClosedAt = now;
            return true;
        }, ct);
        if (cancelled is null)
        {
            return null;
        }
        await audit.RecordAsync(HandoffAudit.PersonActor, AuditAction.CancelledByPerson, cancelled.Id, ct: ct);
        notifier.Publish(new HandoffEvent(HandoffEventKind.Cancelled, cancelled.Id, cancelled.ClaimedBy));
        await person.SendNoticeAsync(cancelled.Person, PersonNotice.Of(HandoffContent.Cancelled), ct);
        await teams.UpdateCardAsync(cancelled, ct);
        await RetellPlacesAsync(ct);
        return cancelled;
    }

    /// <summary>The open handoff of a conversation, or null. Claimed → relay; requested → bot keeps talking.</summary>
    public Task<Ticket?> GetActiveForConversationAsync(string conversationId, CancellationToken ct = default) =>
        tickets.GetActiveForConversationAsync(conversationId, ct);

    public Task<Ticket?> GetAsync(string ticketId, CancellationToken ct = default) => tickets.GetAsync(ticketId, ct);

    /// <summary>Waiting tickets, highest risk first, then longest wait.</summary>
    public async Task<IReadOnlyList<Ticket>> GetQueueAsync(CancellationToken ct = default) =>
        QueueOrder.Waiting(await tickets.ListOpenAsync(ct));

    /// <summary>Every open ticket (supervisor view).</summary>
    public Task<IReadOnlyList<Ticket>> GetOpenAsync(CancellationToken ct = default) => tickets.ListOpenAsync(ct);

    public async Task<IReadOnlyList<Ticket>> GetHeldByAsync(string responderId, CancellationToken ct = default) =>
        (await tickets.ListOpenAsync(ct)).Where(t => t.State == TicketState.Claimed && t.ClaimedBy == responderId).ToList();

    /// <summary>1-based place in line of the conversation's waiting request, or null.</summary>
    public async Task<int?> GetPlaceInLineAsync(string conversationId, CancellationToken ct = default)
    {
        var active = await tickets.GetActiveForConversationAsync(conversationId, ct);
        return active is null ? null : QueueOrder.PlaceOf(await GetQueueAsync(ct), active.Id);
    }

    private bool RaiseRisk(Ticket ticket, RiskLevel risk)
    {
        if (risk >= ticket.Risk)
        {
            return false;
        }
        ticket.Risk = risk;
        var due = ticket.RequestedAt + Options.ClaimTarget(risk);
        if (ticket.WaitNotices == 0 && (ticket.NextWaitNoticeAt is null || due < ticket.NextWaitNoticeAt))
        {
            ticket.NextWaitNoticeAt = due;
        }
        return true;
    }

    /// <summary>Tells the person their place (and roughly how long), remembering what they were told.</summary>
    private async Task TellPlaceAsync(Ticket ticket, string contentId, CancellationToken ct, int? knownPlace = null)
    {
        var place = knownPlace ?? QueueOrder.PlaceOf(await GetQueueAsync(ct), ticket.Id);
        if (place is null)
        {
            return;
        }
        await tickets.UpdateAsync(ticket.Id, t => { t.LastToldPosition = place; return true; }, ct);
        var minutes = (int)Math.Ceiling(Options.ClaimTarget(ticket.Risk).TotalMinutes);
        await person.SendNoticeAsync(ticket.Person, PersonNotice.Of(contentId,
            ("position", place.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);
    }

    /// <summary>After someone leaves the line, everyone who moved up is told their new place.</summary>
    private async Task RetellPlacesAsync(CancellationToken ct)
    {
        var queue = await GetQueueAsync(ct);
        for (var i = 0; i < queue.Count; i++)
        {
            if (queue[i].LastToldPosition is { } told && i + 1 < told)
            {
                await TellPlaceAsync(queue[i], HandoffContent.PlaceInLine, ct, knownPlace: i + 1);
            }
        }
    }
}
