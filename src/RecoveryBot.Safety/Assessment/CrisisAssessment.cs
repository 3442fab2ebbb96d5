namespace RecoveryBot.Safety.Assessment;

/// <summary>How urgent a message is (SAFETY-NOTES §6). Ordered: a higher value is more urgent.</summary>
public enum CrisisLevel
{
    None = 0,
    Concern = 1,
    Crisis = 2,
}

/// <summary>The crisis domain; it decides which contacts come first (SAFETY-NOTES §5 routing defaults).</summary>
public enum CrisisCategory
{
    None = 0,
    Suicide,
    SelfHarm,
    Overdose,
    HarmOthers,
    AbuseDanger,
    Medical,
}

/// <summary>
/// The detector's verdict on one message. <see cref="CueIds"/> name the lexicon entries and rules that fired, so
/// audits and logs can explain a decision without ever storing what the person wrote.
/// </summary>
public sealed record CrisisAssessment(CrisisLevel Level, CrisisCategory Category, IReadOnlyList<string> CueIds)
{
    public static readonly CrisisAssessment NoRisk = new(CrisisLevel.None, CrisisCategory.None, []);

    /// <summary>Cue of <see cref="IdiomOnly"/>.</summary>
    public const string IdiomCue = "ctx.idiom";

    /// <summary>
    /// No risk, and the message holds a reviewed benign idiom ("this mcat is going to be the end of me"), so its death
    /// or harm words have a known harmless reading. Kept apart from <see cref="NoRisk"/> so the layered detector can
    /// weigh that reading.
    /// </summary>
    public static readonly CrisisAssessment IdiomOnly = new(CrisisLevel.None, CrisisCategory.None, [IdiomCue]);
}
