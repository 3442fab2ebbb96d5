namespace RecoveryBot.Dialogs.Transcripts;

/// <summary>One turn of a transcript: what the person does, and what must come back.</summary>
public sealed record TranscriptTurn
{
    public int Line { get; init; }
    public bool Start { get; init; }
    public string? Say { get; init; }
    public string? Tap { get; init; }
    public string? Risk { get; init; }
    public string? Category { get; init; }

    /// <summary><c>source: model</c> in the file: the turn's risk came from the learned classifier alone.</summary>
    public Engine.RiskSource Source { get; init; }
    public string? Locale { get; init; }
    public string? Channel { get; init; }

    /// <summary>The exact content ids of the replies, in order.</summary>
    public string[]? Expect { get; init; }

    /// <summary>Effects that must be among the turn's effects: <c>Kind</c> or <c>Kind:detail</c>.</summary>
    public string[] Effects { get; init; } = [];

    /// <summary>Effects that must NOT be among the turn's effects.</summary>
    public string[] NoEffects { get; init; } = [];

    /// <summary>Golden text: substrings of the replies' text, button titles or link urls.</summary>
    public string[] Contains { get; init; } = [];
    public string[] NotContains { get; init; } = [];

    /// <summary>Where the conversation waits afterwards: <c>flow/step</c> of the top frame, or <c>empty</c>.</summary>
    public string? Top { get; init; }

    /// <summary>Answers the top frame must hold afterwards.</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>();
}

/// <summary>A conversation written as data (dialogs/transcripts/*.yaml).</summary>
public sealed record Transcript(string File, string Name, string Locale, string? Channel, IReadOnlyList<TranscriptTurn> Turns);
