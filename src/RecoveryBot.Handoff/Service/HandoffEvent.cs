using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

public enum HandoffEventKind
{
    Queued,
    Claimed,
    Released,
    Transferred,
    Closed,
    Cancelled,
    TimedOut,
    WaitNoticeSent,
    PersonMessage,
    ResponderMessage,
    PersonTyping,
    CrisisAlert,
    NoteAdded,
}

/// <summary>
/// A change the console shows live. <see cref="Line"/> (redacted text) is set only for messages and goes only to
/// the ticket's holder and supervisors (see <see cref="IsPrivate"/>).
/// </summary>
public sealed record HandoffEvent(HandoffEventKind Kind, string TicketId, string? HolderId, TranscriptLine? Line = null)
{
    public bool IsPrivate => Kind is HandoffEventKind.PersonMessage or HandoffEventKind.ResponderMessage
        or HandoffEventKind.PersonTyping or HandoffEventKind.NoteAdded;
}
