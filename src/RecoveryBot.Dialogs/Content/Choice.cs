namespace RecoveryBot.Dialogs.Content;

/// <summary>One answer of a choice or confirm prompt, as written in the flow file.</summary>
public sealed class Choice
{
    public required string Value { get; init; }
    public required LocalizedText Label { get; init; }
    public string[] SynonymsEn { get; init; } = [];
    public string[] SynonymsEs { get; init; } = [];

    /// <summary>Points added to the step's score total (PHQ/GAD item scores 0–3).</summary>
    public int? Score { get; init; }

    public string? Goto { get; init; }

    /// <summary><c>crisis</c>: answering this pushes the crisis flow (e.g. PHQ-9 item 9 above "Not at all").</summary>
    public string? Escalate { get; init; }

    /// <summary>Crisis category for <see cref="Escalate"/>; default the frame's own category, else suicide.</summary>
    public string? Category { get; init; }

    public int Line { get; init; }
}
