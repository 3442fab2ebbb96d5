namespace RecoveryBot.Dialogs.Loading;

/// <summary>
/// The flow and message ids the engine itself refers to. Content may reword them freely but must keep the ids;
/// the content check says so when one is missing.
/// </summary>
public static class EngineContract
{
    public const string Welcome = "welcome";
    public const string MainMenu = "main-menu";
    public const string Crisis = "crisis";
    public const string Concern = "concern-check-in";
    public const string Handoff = "handoff";
    public const string Privacy = "privacy";
    public const string PrivacyDeleteEntry = "delete-confirm";
    public const string OverdoseResponse = "overdose-response";

    /// <summary>
    /// Value of the concern check-in's <c>source</c> variable when only the learned classifier flagged the message
    /// (<see cref="Engine.RiskSource.ModelOnly"/>); the flow branches on it.
    /// </summary>
    public const string ModelOnlySource = "model";

    public static readonly string[] Flows = [Welcome, MainMenu, Crisis, Concern, Handoff, Privacy, OverdoseResponse];

    /// <summary>Messages the engine and the pipeline render by id.</summary>
    public static readonly string[] Messages =
    [
        "try-again", "didnt-catch", "number-range", "zip-retry", "moving-on", "resume", "content-updated",
        "language-changed", "help", "stopped", "stopped-crisis", "crisis-fallback", "confirm-yes", "confirm-no",
        "directory-entry", "directory-none", "directory-sample", "cost-free", "cost-sliding", "cost-medicaid",
        "moud-yes", "moud-no", "handoff-queued", "handoff-place-in-line", "handoff-no-one-yet", "handoff-responder-joined", "handoff-transferred",
        "handoff-responder-left", "handoff-cancelled", "handoff-timed-out", "handoff-contact-center-failed",
        "handoff-ended", "teams-group-scope", "storage-retry", "welcome-back",
    ];
}
