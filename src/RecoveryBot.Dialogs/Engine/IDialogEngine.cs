namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// The waterfall engine: a pure function from (state, input) to (replies, effects, new state). It reads no clock,
/// storage or network (ARCHITECTURE §3), so a turn can be replayed and tested as data.
/// </summary>
public interface IDialogEngine
{
    DialogTurn Run(DialogState state, DialogInput input);

    /// <summary>
    /// Replies from content that need no state, for when a turn fails after the safety stage: the pipeline must
    /// still answer (never silence), and with crisis resources when the message was a crisis.
    /// </summary>
    IReadOnlyList<Reply> Fallback(FallbackKind kind, string locale, string? riskCategory = null);
}

public enum FallbackKind
{
    /// <summary>Something went wrong; please try again.</summary>
    TryAgain,
    /// <summary>Crisis resources for the category, without the dialog stack.</summary>
    Crisis,
}
