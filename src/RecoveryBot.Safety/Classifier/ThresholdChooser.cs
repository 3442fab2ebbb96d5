using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Picks the two thresholds on out-of-fold predictions (brief §3): the lowest p(crisis) cut-off whose layered
/// none→crisis rate stays ≤ <see cref="MaxFalseCrisisRate"/> with no idiom/info item raised to crisis (lowest =
/// most crisis recall) and at most <see cref="MaxTrapCrisisRate"/> of idiom/info items raised to crisis, then the
/// lowest flag cut-off that keeps idiom/info items none up to <see cref="MaxTrapFlagRate"/> and all none items
/// ≤ <see cref="MaxNoneFlagRate"/> flagged. Only raises made by the classifier count (the rules' own are theirs).
/// The rates are measured on the evaluation files' none items (realistic chat, idioms, info questions), not on the
/// lexicon's mustNotMatch near-misses: those are pattern-boundary unit tests written to sit next to a crisis phrase,
/// and counting them would trade most of the recall gain away (cv-report.txt shows their held-out rate separately).
/// </summary>
public static class ThresholdChooser
{
    public const double MaxFalseCrisisRate = 0.02;
    public const double MaxTrapCrisisRate = 0.01;
    /// <remarks>
    /// §6 makes concern-vs-none the low-cost confusion, but a check-in is a suicide screening question: at 5% / 15%
    /// (flag cut-off 0.36) the model asked it after "tired and stressed lately" in the middle of the mental-health
    /// check-in (SafetyPathTests), so the limits stay at 3% / 10% (cut-off about 0.45).
    /// </remarks>
    public const double MaxTrapFlagRate = 0.03;
    public const double MaxNoneFlagRate = 0.10;

    public static LayerThresholds Choose(IReadOnlyList<OutOfFold> oof)
    {
        var none = oof.Where(o => o.Example.Level == CrisisLevel.None && o.Example.Group != TrainingData.LexiconGroup).ToList();
        var traps = none.Where(o => o.Example.IsTrapOrInfo).ToList();
        var crisis = Candidates().First(c =>
        {
            var t = new LayerThresholds(c, 2f);
            return Count(none, t, CrisisLevel.Crisis) <= MaxFalseCrisisRate * none.Count
                && Count(traps, t, CrisisLevel.Crisis) <= MaxTrapCrisisRate * traps.Count;
        });
        var flag = Candidates().First(f =>
        {
            var t = new LayerThresholds(crisis, f);
            return Count(traps, t, CrisisLevel.Concern) <= MaxTrapFlagRate * traps.Count
                && Count(none, t, CrisisLevel.Concern) <= MaxNoneFlagRate * none.Count;
        });
        return new LayerThresholds(crisis, flag);
    }

    /// <summary>Items the classifier itself raised to at least <paramref name="atLeast"/> (rules' own verdicts excluded).</summary>
    private static int Count(List<OutOfFold> items, LayerThresholds t, CrisisLevel atLeast) => items.Count(o =>
    {
        var layered = LayeredDecision.Combine(o.Rules, o.Verdict, t, null, o.IsShortReply);
        return layered.Level >= atLeast && layered.Level > o.Rules.Level;
    });

    private static IEnumerable<float> Candidates()
    {
        for (var i = 5; i <= 100; i++) yield return i / 100f;
        yield return LayerThresholds.Off.Crisis; // never fires: the fallback when no cut-off meets the limits
    }
}
