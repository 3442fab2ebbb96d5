using System.Reflection;

namespace RecoveryBot.Handoff.Words;

/// <summary>
/// Every staff word the code uses. <see cref="StaffWords"/> checks on load that dialogs/staff.yaml has each of them,
/// so a missing or misspelt key stops the host at start-up instead of showing a blank on a responder's screen.
/// </summary>
public static class StaffWordIds
{
    // Page shell
    public static readonly StaffWordId PageTitle = new("page-title", "title");
    public static readonly StaffWordId SkipLink = new("skip-link");
    public static readonly StaffWordId Brand = new("brand");
    public static readonly StaffWordId NavLabel = new("nav-label");
    public static readonly StaffWordId NavQueue = new("nav-queue");
    public static readonly StaffWordId NavSupervisor = new("nav-supervisor");
    public static readonly StaffWordId NavInsights = new("nav-insights");
    public static readonly StaffWordId SignOut = new("sign-out");
    public static readonly StaffWordId DurationMinutes = new("duration-minutes", "minutes", "seconds");
    public static readonly StaffWordId DurationSeconds = new("duration-seconds", "seconds");
    public static readonly StaffWordId None = new("none");

    // Risk levels and facts
    public static readonly StaffWordId RiskCrisis = new("risk-crisis");
    public static readonly StaffWordId RiskConcern = new("risk-concern");
    public static readonly StaffWordId RiskRoutine = new("risk-routine");
    public static readonly StaffWordId Risk = new("risk");
    public static readonly StaffWordId Category = new("category");
    public static readonly StaffWordId Channel = new("channel");
    public static readonly StaffWordId Language = new("language");
    public static readonly StaffWordId Waiting = new("waiting");
    public static readonly StaffWordId Waited = new("waited");
    public static readonly StaffWordId Path = new("path");
    public static readonly StaffWordId HeldBy = new("held-by");
    public static readonly StaffWordId HeldByNobody = new("held-by-nobody");
    public static readonly StaffWordId Requested = new("requested");
    public static readonly StaffWordId Status = new("status");
    public static readonly StaffWordId Claim = new("claim");

    // Form answers
    public static readonly StaffWordId FormExpired = new("form-expired");
    public static readonly StaffWordId ChooseColleague = new("choose-colleague");
    public static readonly StaffWordId ActionRefused = new("action-refused");

    // Sign-in
    public static readonly StaffWordId SignInTitle = new("sign-in-title");
    public static readonly StaffWordId SignInName = new("sign-in-name");
    public static readonly StaffWordId SignInPassword = new("sign-in-password");
    public static readonly StaffWordId SignInButton = new("sign-in-button");
    public static readonly StaffWordId SignInEntra = new("sign-in-entra");
    public static readonly StaffWordId TooManyAttempts = new("too-many-attempts", "seconds");
    public static readonly StaffWordId LockedOut = new("locked-out");
    public static readonly StaffWordId SignInFailed = new("sign-in-failed");

    // Queue
    public static readonly StaffWordId QueueTitle = new("queue-title");
    public static readonly StaffWordId ClaimLost = new("claim-lost");
    public static readonly StaffWordId MineHeading = new("mine-heading");
    public static readonly StaffWordId MineEmpty = new("mine-empty");
    public static readonly StaffWordId MineItem = new("mine-item", "ticket", "risk", "category");
    public static readonly StaffWordId NoCategory = new("no-category");
    public static readonly StaffWordId CrisisAlertBadge = new("crisis-alert-badge");
    public static readonly StaffWordId QueueHeading = new("queue-heading");
    public static readonly StaffWordId QueueEmpty = new("queue-empty");
    public static readonly StaffWordId QueueCaption = new("queue-caption");
    public static readonly StaffWordId QueueAction = new("queue-action");
    public static readonly StaffWordId ClaimLabel = new("claim-label", "risk", "ticket");

    // Conversation
    public static readonly StaffWordId ConversationTitle = new("conversation-title", "ticket");
    public static readonly StaffWordId FactsHeading = new("facts-heading");
    public static readonly StaffWordId CrisisBanner = new("crisis-banner");
    public static readonly StaffWordId TranscriptHeading = new("transcript-heading");
    public static readonly StaffWordId Person = new("person");
    public static readonly StaffWordId Responder = new("responder");
    public static readonly StaffWordId LineBy = new("line-by", "name", "time");
    public static readonly StaffWordId PersonTyping = new("person-typing");
    public static readonly StaffWordId MessageLabel = new("message-label");
    public static readonly StaffWordId Send = new("send");
    public static readonly StaffWordId NotesHeading = new("notes-heading");
    public static readonly StaffWordId NotesHint = new("notes-hint");
    public static readonly StaffWordId NoteBy = new("note-by", "name", "time");
    public static readonly StaffWordId NoteLabel = new("note-label");
    public static readonly StaffWordId SaveNote = new("save-note");
    public static readonly StaffWordId HandoverHeading = new("handover-heading");
    public static readonly StaffWordId TransferLabel = new("transfer-label");
    public static readonly StaffWordId Choose = new("choose");
    public static readonly StaffWordId Transfer = new("transfer");
    public static readonly StaffWordId End = new("end");

    // Supervisor
    public static readonly StaffWordId SupervisorTitle = new("supervisor-title");
    public static readonly StaffWordId ActiveHandoffs = new("active-handoffs");
    public static readonly StaffWordId Ticket = new("ticket");
    public static readonly StaffWordId State = new("state");
    public static readonly StaffWordId HeldFor = new("held-for");
    public static readonly StaffWordId InConversation = new("in-conversation");
    public static readonly StaffWordId AuditHeading = new("audit-heading");
    public static readonly StaffWordId AuditWhen = new("audit-when");
    public static readonly StaffWordId AuditWho = new("audit-who");
    public static readonly StaffWordId AuditAction = new("audit-action");
    public static readonly StaffWordId AuditTarget = new("audit-target");

    // Teams responders' channel
    public static readonly StaffWordId CardTitle = new("card-title", "ticket");
    public static readonly StaffWordId CardWaiting = new("card-waiting");
    public static readonly StaffWordId CardContactCentre = new("card-contact-centre");
    public static readonly StaffWordId CardClaimed = new("card-claimed", "name", "time");
    public static readonly StaffWordId CardEnded = new("card-ended", "time", "name");
    public static readonly StaffWordId CardCancelled = new("card-cancelled", "time");
    public static readonly StaffWordId CardTimedOut = new("card-timed-out", "time");
    public static readonly StaffWordId ThreadPerson = new("thread-person", "text");
    public static readonly StaffWordId ThreadAlreadyClaimed = new("thread-already-claimed", "name");
    public static readonly StaffWordId ThreadNoLongerOpen = new("thread-no-longer-open");
    public static readonly StaffWordId ThreadEndCommand = new("thread-end-command");

    /// <summary>Every id above (reflection: adding a field is all it takes to have it checked on load).</summary>
    public static IReadOnlyList<StaffWordId> All { get; } = typeof(StaffWordIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(StaffWordId))
        .Select(f => (StaffWordId)f.GetValue(null)!)
        .ToList();
}
