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
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();
}
