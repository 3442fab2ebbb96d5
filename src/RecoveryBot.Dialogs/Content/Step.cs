using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Content;

/// <summary>Step kinds of ARCHITECTURE §5, plus <c>branch</c> (only next rules) and <c>lookup</c> (find-help).</summary>
public enum StepKind { Say, Ask, Call, Handoff, End, Branch, Lookup }

public enum PromptKind { None, Choice, Confirm, Text, Number, Zip }

/// <summary>One step of a flow, as loaded, plus what the catalog precompiles for the hot path.</summary>
public sealed class Step
{
    public required string Id { get; init; }
    public required StepKind Kind { get; init; }
    public PromptKind Prompt { get; init; }
    public LocalizedText? Text { get; init; }
    public LocalizedText? Retry { get; init; }
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Answer key; choice/confirm/number default to the step id. Free text is only kept when named.</summary>
    public string? Save { get; init; }

    /// <summary>Running totals that choice scores are added to (e.g. <c>[phq2, phq9]</c>).</summary>
    public string[] Score { get; init; } = [];

    public Choice[] Choices { get; init; } = [];
    public int? Min { get; init; }
    public int? Max { get; init; }
    public string[] Links { get; init; } = [];
    public string? Flow { get; init; }
    public string? At { get; init; }

    /// <summary><c>delete-data</c> or <c>handoff</c>: an effect the pipeline performs when the step runs.</summary>
    public string? Effect { get; init; }

    public NextRule[] Next { get; init; } = [];
    public string? GiveUp { get; init; }

    /// <summary>End step: do not re-prompt the caller (after a handoff request, the person waits).</summary>
    public bool Silent { get; init; }

    /// <summary>End step: empty the whole stack (after deleting data).</summary>
    public bool Clear { get; init; }

    public int Line { get; init; }

    // Precompiled by ContentCatalog (never changed after load).
    internal string ContentId { get; set; } = "";
    internal string RetryContentId { get; set; } = "";
    internal ReplyChoice[] ChoicesEn { get; set; } = [];
    internal ReplyChoice[] ChoicesEs { get; set; } = [];
    internal ReplyLink[] LinksEn { get; set; } = [];
    internal ReplyLink[] LinksEs { get; set; } = [];
    internal ChoiceTable? Table { get; set; }
    internal Choice[] EffectiveChoices { get; set; } = [];
    internal string? FallThrough { get; set; }

    // Replies of lines without placeholders, built on first use (immutable, so sharing them is safe).
    internal Reply? CachedEn { get; set; }
    internal Reply? CachedEs { get; set; }

    internal IReadOnlyList<ReplyChoice> ChoicesFor(string locale) => locale == Locales.Es ? ChoicesEs : ChoicesEn;
    internal IReadOnlyList<ReplyLink> LinksFor(string locale) => locale == Locales.Es ? LinksEs : LinksEn;
}
