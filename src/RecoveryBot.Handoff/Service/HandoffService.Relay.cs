using Microsoft.Extensions.Logging;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Redaction;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>Messages both ways, typing, private notes, transcript reads.</summary>
public sealed partial class HandoffService
{
    public const int MaxMessageLength = 4000;

    /// <summary>
    /// A message from the person while a handoff is open. Stored redacted (again, harmlessly, if the pipeline
    /// already redacted), pushed to the holder; <paramref name="isCrisis"/> raises the console's crisis alert.
    /// </summary>
    public async Task<RelayResult> RelayFromPersonAsync(string conversationId, string text, bool isCrisis = false, CancellationToken ct = default)
    {
        var ticket = await tickets.GetActiveForConversationAsync(conversationId, ct);
        if (ticket is null)
        {
            return new RelayResult(RelayOutcome.NotActive, null);
        }
        var line = await transcripts.AppendLineAsync(ticket.Id, TranscriptAuthor.Person, null, Redactor.Redact(text), time.GetUtcNow(), isCrisis, ct);
        if (isCrisis)
        {
            ticket = await tickets.UpdateAsync(ticket.Id, t =>
            {
                RaiseRisk(t, RiskLevel.Crisis);
                t.CrisisAlert = true;
                return true;
            }, ct) ?? ticket;
            logger.LogWarning("Crisis language during handoff {TicketId}", ticket.Id);
            notifier.Publish(new HandoffEvent(HandoffEventKind.CrisisAlert, ticket.Id, ticket.ClaimedBy));
        }
        notifier.Publish(new HandoffEvent(HandoffEventKind.PersonMessage, ticket.Id, ticket.ClaimedBy, line));
        if (ticket.State != TicketState.Claimed)
        {
            return new RelayResult(RelayOutcome.Waiting, ticket);
        }
        await teams.RelayToThreadAsync(ticket, line, ct);
        return new RelayResult(RelayOutcome.Delivered, ticket);
    }

    public async Task PersonTypingAsync(string conversationId, CancellationToken ct = default)
    {
        var ticket = await tickets.GetActiveForConversationAsync(conversationId, ct);
        if (ticket is { State: TicketState.Claimed })
        {
            notifier.Publish(new HandoffEvent(HandoffEventKind.PersonTyping, ticket.Id, ticket.ClaimedBy));
        }
    }

    /// <summary>The holder writes to the person: sent as written, stored redacted, shown under their display name.</summary>
    public async Task<HandoffResult> SendFromResponderAsync(string ticketId, ResponderIdentity responder, string text, CancellationToken ct = default)
    {
        var ticket = await tickets.GetAsync(ticketId, ct);
        if (ticket is null)
        {
            return HandoffResult.Fail(HandoffOutcome.NotFound);
        }
        if (ticket.State != TicketState.Claimed)
        {
            return HandoffResult.Fail(HandoffOutcome.NotOpen, ticket);
        }
        if (ticket.ClaimedBy != responder.Id)
        {
            return HandoffResult.Fail(HandoffOutcome.NotHolder, ticket);
        }
        text = text.Trim();
        if (text.Length is 0 or > MaxMessageLength)
        {
            return HandoffResult.Fail(HandoffOutcome.NotOpen, ticket);
        }
        await person.SendResponderMessageAsync(ticket.Person, responder.DisplayName, text, ct);
        var line = await transcripts.AppendLineAsync(ticket.Id, TranscriptAuthor.Responder, responder.DisplayName, Redactor.Redact(text), time.GetUtcNow(), false, ct);
        await audit.RecordAsync(responder.Id, AuditAction.MessageSent, ticketId, ct: ct);
        notifier.Publish(new HandoffEvent(HandoffEventKind.ResponderMessage, ticketId, responder.Id, line));
        return HandoffResult.Ok(ticket);
    }

    public async Task<HandoffResult> ResponderTypingAsync(string ticketId, ResponderIdentity responder, CancellationToken ct = default)
    {
        var ticket = await tickets.GetAsync(ticketId, ct);
        if (ticket is not { State: TicketState.Claimed } || ticket.ClaimedBy != responder.Id)
        {
            return HandoffResult.Fail(ticket is null ? HandoffOutcome.NotFound : HandoffOutcome.NotHolder, ticket);
        }
        await person.SendResponderTypingAsync(ticket.Person, responder.DisplayName, ct);
        return HandoffResult.Ok(ticket);
    }

    /// <summary>A private note: responders only, never relayed to the person.</summary>
    public async Task<HandoffResult> AddNoteAsync(string ticketId, ResponderIdentity responder, string text, CancellationToken ct = default)
    {
        var ticket = await tickets.GetAsync(ticketId, ct);
        if (ticket is null)
        {
            return HandoffResult.Fail(HandoffOutcome.NotFound);
        }
        if (!MayAct(ticket, responder))
        {
            return HandoffResult.Fail(HandoffOutcome.NotHolder, ticket);
        }
        text = text.Trim();
        if (text.Length is 0 or > MaxMessageLength)
        {
            return HandoffResult.Fail(HandoffOutcome.NotOpen, ticket);
        }
        await transcripts.AddNoteAsync(ticketId, new TicketNote(responder.Id, responder.DisplayName, text, time.GetUtcNow()), ct);
        await audit.RecordAsync(responder.Id, AuditAction.NoteAdded, ticketId, ct: ct);
        notifier.Publish(new HandoffEvent(HandoffEventKind.NoteAdded, ticketId, ticket.ClaimedBy));
        return HandoffResult.Ok(ticket);
    }

    /// <summary>Transcript and notes for the holder or a supervisor; the read is audited.</summary>
    public async Task<(IReadOnlyList<TranscriptLine> Lines, IReadOnlyList<TicketNote> Notes)?> ReadConversationAsync(
        string ticketId, ResponderIdentity responder, CancellationToken ct = default)
    {
        var ticket = await tickets.GetAsync(ticketId, ct);
        if (ticket is null || !MayAct(ticket, responder))
        {
            return null;
        }
        await audit.RecordAsync(responder.Id, AuditAction.ViewedTranscript, ticketId, ct: ct);
        return (await transcripts.ReadLinesAsync(ticketId, ct), await transcripts.ReadNotesAsync(ticketId, ct));
    }
}
