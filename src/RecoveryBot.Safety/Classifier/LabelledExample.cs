using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>One training or evaluation message. <see cref="Group"/> is its source file: cross-validation holds out whole groups.</summary>
public sealed record LabelledExample(string Id, string Text, CrisisLevel Level, CrisisCategory Category, string Group)
{
    public int Class => ClassifierClasses.Of(Level, Category);

    /// <summary>
    /// Idioms and information questions: SAFETY-NOTES §6 id suffixes "trap"/"info" (idioms, fiction, statistics,
    /// harm-reduction questions) and the lexicon's idiom examples. A risk entry's mustNotMatch near-misses ("gave away
    /// my old clothes") are plain none items: they count toward the none rates, not here.
    /// </summary>
    public bool IsTrapOrInfo => Level == CrisisLevel.None && (Id.EndsWith("-trap", StringComparison.Ordinal)
        || Id.EndsWith("-info", StringComparison.Ordinal) || Id.StartsWith("lexicon:idiom:", StringComparison.Ordinal));
}

/// <summary>An example turned into bucket indices once, for the many passes of training.</summary>
public sealed record FeaturisedExample(int[] Features, int Class, float Weight);
