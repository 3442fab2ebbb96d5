namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// One YAML file under <c>dialogs/safety/</c> (lexicon.*.yaml, context.yaml, normalisation.yaml, cases.yaml).
/// Clinicians edit these; the detector compiles them once at start (SAFETY-NOTES §4.1: updatable without code).
/// </summary>
public sealed class LexiconDocument
{
    public int Version { get; set; }
    public ReviewInfo? Review { get; set; }
    public string? Language { get; set; }

    /// <summary>Word classes usable in patterns as <c>@name</c> (verbs, drug names, counts…).</summary>
    public Dictionary<string, List<string>> Classes { get; set; } = [];

    public List<LexiconEntryDocument> Entries { get; set; } = [];

    /// <summary>Emoji → word tokens (normalisation.yaml).</summary>
    public Dictionary<string, string> Emoji { get; set; } = [];

    /// <summary>Common misspelling → intended word (normalisation.yaml).</summary>
    public Dictionary<string, string> Typos { get; set; } = [];

    /// <summary>Whole-message expectations (cases.yaml); they become tests.</summary>
    public List<CaseDocument> Cases { get; set; } = [];
}

public sealed class ReviewInfo
{
    public string By { get; set; } = "";
    public string On { get; set; } = "";
}

public sealed class LexiconEntryDocument
{
    public string Id { get; set; } = "";

    /// <summary>risk (default), means, timing, idiom, or a context trigger kind (see <see cref="CueKind"/>).</summary>
    public string Kind { get; set; } = "risk";

    public string? Category { get; set; }
    public string? Level { get; set; }

    /// <summary>Level when a third person is the experiencer (e.g. concern for "gave me her hoodie").</summary>
    public string? Third { get; set; }

    /// <summary>topic, ingestion, overdose_if_drugs, specific.</summary>
    public List<string> Flags { get; set; } = [];

    public List<string> Patterns { get; set; } = [];

    /// <summary><c>kind: concept</c>: the concept name this entry's patterns provide (defaults to the id).</summary>
    public string? Concept { get; set; }

    /// <summary><c>kind: combo</c>: every item must be present; an item may list alternatives ("timing|means").</summary>
    public List<string> All { get; set; } = [];

    /// <summary><c>kind: combo</c>: at least <see cref="Min"/> different concepts of this list must be present.</summary>
    public List<string> Of { get; set; } = [];

    public int Min { get; set; }

    /// <summary><c>kind: combo</c>: the combo does not fire when any of these concepts is present.</summary>
    public List<string> Unless { get; set; } = [];

    /// <summary><c>kind: combo</c>: <c>sentence</c> (default) or <c>message</c>.</summary>
    public string? Scope { get; set; }

    public List<string> MustMatch { get; set; } = [];
    public List<string> MustNotMatch { get; set; } = [];
}

public sealed class CaseDocument
{
    public string Text { get; set; } = "";
    public string Level { get; set; } = "";
    public string? Category { get; set; }

    /// <summary>Optional: the conversation's previous message(s), assessed first to build the RiskMemory.</summary>
    public List<string> After { get; set; } = [];
}
