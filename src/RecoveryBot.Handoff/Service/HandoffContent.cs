namespace RecoveryBot.Handoff.Service;

/// <summary>
/// Content ids of what the person is told about their handoff. The words live in <c>dialogs/messages.yaml</c>
/// under these ids; the pipeline's renderer fills the named arguments.
/// </summary>
public static class HandoffContent
{
    /// <summary>Args: position, minutes (the claim target for their risk level).</summary>
    public const string Queued = "handoff-queued";
    /// <summary>Args: position.</summary>
    public const string PlaceInLine = "handoff-place-in-line";
    /// <summary>Nobody has claimed in time: say so honestly, crisis contacts follow, the request stays open.</summary>
    public const string NoOneYet = "handoff-no-one-yet";
    /// <summary>Args: responder.</summary>
    public const string ResponderJoined = "handoff-responder-joined";
    /// <summary>Args: responder (the colleague taking over).</summary>
    public const string Transferred = "handoff-transferred";
    /// <summary>The responder's connection dropped; the person is back in line (args: position).</summary>
    public const string ResponderLeft = "handoff-responder-left";
    public const string Ended = "handoff-ended";
    public const string Cancelled = "handoff-cancelled";
    public const string TimedOut = "handoff-timed-out";
    public const string ContactCenterFailed = "handoff-contact-center-failed";
}
