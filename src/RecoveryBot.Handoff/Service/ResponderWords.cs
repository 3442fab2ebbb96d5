using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>
/// Staff-facing labels of the console and the Teams alert card, in one place. Nothing here is ever shown to the
/// person (their words live in dialogs/); a translation for responders can replace this class wholesale.
/// </summary>
public static class ResponderWords
{
    public const string HandoffRequest = "Handoff request";
    public const string Risk = "Risk";
    public const string Category = "Category";
    public const string Channel = "Channel";
    public const string Language = "Language";
    public const string Requested = "Requested";
    public const string Status = "Status";
    public const string None = "—";
    public const string Claim = "Claim";
    public const string Waiting = "Waiting";
    public const string WithContactCenter = "With the contact centre";
    public const string ClaimedBy = "Claimed by";
    public const string At = "at";
    public const string EndedAt = "Ended at";
    public const string CancelledByPerson = "The person stopped waiting at";
    public const string TimedOutAt = "Timed out at";
    public const string PersonSaid = "Person";
    public const string AlreadyClaimed = "Already claimed by";
    public const string NoLongerOpen = "This request is no longer open.";

    public static string RiskName(RiskLevel risk) => risk switch
    {
        RiskLevel.Crisis => "Crisis",
        RiskLevel.Concern => "Concern",
        _ => "Routine",
    };
}
