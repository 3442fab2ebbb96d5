namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// A conversation's dialog state: the stack of frames and the language. Small, typed and serialisable with
/// System.Text.Json so the pipeline can store it in the conversation record.
/// </summary>
public sealed record DialogState
{
    public static readonly DialogState Empty = new();

    public string? Locale { get; init; }
    public IReadOnlyList<DialogFrame> Stack { get; init; } = [];
}

/// <summary>One active flow: where it is, which content version it started on, and what was answered.</summary>
public sealed record DialogFrame
{
    public required string FlowId { get; init; }
    public required string ContentVersion { get; init; }
    public required string StepId { get; init; }
    public int Attempts { get; init; }

    /// <summary>
    /// True when <see cref="StepId"/> has not run yet and must be entered on resume (e.g. the step after PHQ-9
    /// item 9 while the crisis flow runs on top); false when the frame waits at that step for an answer or for
    /// its sub-flow to return.
    /// </summary>
    public bool Entering { get; init; }

    public IReadOnlyDictionary<string, string> Answers { get; init; } = NoAnswers;

    /// <summary>Shared empty answers, so a new frame allocates nothing for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> NoAnswers =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());
}
