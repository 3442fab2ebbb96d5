namespace RecoveryBot.Dialogs.Engine;

/// <summary>What happened in the conversation this turn.</summary>
public enum InputKind
{
    /// <summary>The chat was opened (Teams install, Web Chat join): greet.</summary>
    ConversationStarted,
    /// <summary>The person sent something: typed text, a tapped button, or both.</summary>
    Message,
}

/// <summary>
/// The safety stage's verdict, passed in so that the engine can interrupt the current flow with the crisis or
/// concern pathway (both are content in dialogs/). Mirrors the detector's levels without depending on it.
/// </summary>
public enum RiskSignal
{
    None = 0,
    Concern = 1,
    Crisis = 2,
}

/// <summary>
/// What a concern rests on. <see cref="ModelOnly"/>: no reviewed wording matched and only the learned classifier
/// flagged the message (for long messages at a lower cut-off), so the check-in opens with a softer "are you safe?"
/// before the direct suicide question; a person who says they are not okay still gets that question.
/// </summary>
public enum RiskSource
{
    Rules = 0,
    ModelOnly = 1,
}

/// <summary>
/// One turn's input to the engine. <see cref="ChoiceValue"/> is a button's value when one was tapped.
/// <see cref="Channel"/> is the Bot Framework channel id ("msteams", "directline", "webchat"…): the welcome
/// flow selects its Teams-only step (organisational retention notice) by it.
/// </summary>
public sealed record DialogInput(
    InputKind Kind,
    string? Text,
    string? ChoiceValue,
    string Locale,
    RiskSignal Risk = RiskSignal.None,
    string? RiskCategory = null,
    string? Channel = null,
    RiskSource RiskSource = RiskSource.Rules);
