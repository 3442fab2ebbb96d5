namespace RecoveryBot.Handoff.Audit;

/// <summary>What a responder (or the person, or the system) did. Never carries message or note text.</summary>
public enum AuditAction
{
    Requested,
    Claimed,
    MessageSent,
    NoteAdded,
    Transferred,
    Ended,
    CancelledByPerson,
    Released,
    TimedOut,
    ViewedTranscript,
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    AccountCreated,
    ContactCenterStatus,
}

/// <summary>One audit line: who, what, when, on which ticket (ids only, ARCHITECTURE §7 and §8).</summary>
public sealed record AuditEntry(DateTimeOffset At, string ActorId, AuditAction Action, string? TicketId, string? TargetId);
