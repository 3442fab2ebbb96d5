using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>One training or evaluation message. <see cref="Group"/> is its source file: cross-validation holds out whole groups.</summary>
public sealed record LabelledExample(string Id, string Text, CrisisLevel Level, CrisisCategory Category, string Group)
{
    public int Class => ClassifierClasses.Of(Level, Category);

    /// <summary>SAFETY-NOTES §6 id suffixes "trap" and "info": idioms, fiction, statistics, harm-reduction questions.</summary>
    public bool IsTrapOrInfo => Level == CrisisLevel.None && (Id.EndsWith("-trap", StringComparison.Ordinal)
        || Id.EndsWith("-info", StringComparison.Ordinal) || Id.StartsWith("lexicon:idiom", StringComparison.Ordinal)
        || Id.StartsWith("lexicon:not:", StringComparison.Ordinal));
}

/// <summary>An example turned into bucket indices once, for the many passes of training.</summary>
public sealed record FeaturisedExample(int[] Features, int Class, float Weight);
