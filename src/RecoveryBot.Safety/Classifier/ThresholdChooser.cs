using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Picks the thresholds on out-of-fold predictions (brief §3): the lowest p(crisis) cut-off whose layered
/// none→crisis rate stays ≤ <see cref="MaxFalseCrisisRate"/> with no idiom/info item raised to crisis (lowest =
/// most crisis recall) and at most <see cref="MaxTrapCrisisRate"/> of idiom/info items raised to crisis, then the
/// lowest flag cut-off that keeps idiom/info items none up to <see cref="MaxTrapFlagRate"/> and all none items
/// ≤ <see cref="MaxNoneFlagRate"/> flagged, then the lowest long-message flag cut-off (at most the flag) that keeps
/// ≤ <see cref="MaxLongNoneFlagRate"/> of long none items flagged. Only raises made by the classifier count (the
/// rules' own are theirs).
/// The rates are measured on the evaluation files' none items (realistic chat, idioms, info questions), not on the
/// lexicon's mustNotMatch near-misses: those are pattern-boundary unit tests written to sit next to a crisis phrase,
/// and counting them would trade most of the recall gain away (cv-report.txt shows their held-out rate separately).
/// </summary>
public static class ThresholdChooser
{
    /// <remarks>
    /// 1% (it was 2% until round 34). As the evaluation files grew with easy ordinary messages, 2% let the cut-off fall
    /// to 0.230, where the held-out predictions raise 245 of 13,423 none items to crisis for 28 more crises than at
    /// 0.349; the near-miss guard then had to lift it by 0.119 of its 0.12 limit, so the next retrain would have
    /// stopped. At 1% the choice is 0.280 on the same data, the guard lifts it by 0.069 to the same 0.349, and it has
    /// room again. The cut-off that runs is the guarded one either way.
    /// </remarks>
    public const double MaxFalseCrisisRate = 0.01;
    public const double MaxTrapCrisisRate = 0.01;
    /// <remarks>
    /// §6 makes concern-vs-none the low-cost confusion, but a check-in is a suicide screening question: at 5% / 15%
    /// (flag cut-off 0.36) the model asked it after "tired and stressed lately" in the middle of the mental-health
    /// check-in (SafetyPathTests), so the limits stay at 3% / 10% (cut-off about 0.45).
    /// </remarks>
    public const double MaxTrapFlagRate = 0.03;
    public const double MaxNoneFlagRate = 0.10;

    /// <remarks>
    /// A long message is where the crisis messages both layers missed were (<see cref="MessageSize.Long"/>); long
    /// messages get the same 10% check-in budget as messages overall instead of the part of it the ordinary cut-off
    /// leaves them. At 15% (cut-off 0.22) the model asked the suicide screening question after "I've been a bit tired
    /// and stressed with work, but mostly okay." (0.25) in the middle of the mental-health check-in (ScaleOut tests).
    /// The evaluation files include ordinary answers to "how have you been?" (checkin-answers.jsonl) so the budget is
    /// spent on the messages a check-in flow actually receives.
    /// </remarks>
    public const double MaxLongNoneFlagRate = 0.10;

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
        var longNone = none.Where(o => o.Size == MessageSize.Long).ToList();
        var longFlag = Candidates().Where(f => f <= flag).FirstOrDefault(f =>
            Count(longNone, new LayerThresholds(crisis, flag, f), CrisisLevel.Concern) <= MaxLongNoneFlagRate * longNone.Count, flag);
        return new LayerThresholds(crisis, flag, longFlag);
    }

    /// <summary>Items the classifier itself raised to at least <paramref name="atLeast"/> (rules' own verdicts excluded).</summary>
    private static int Count(List<OutOfFold> items, LayerThresholds t, CrisisLevel atLeast) => items.Count(o =>
    {
        var layered = LayeredDecision.Combine(o.Rules, o.Verdict, t, null, o.Size);
        return layered.Level >= atLeast && layered.Level > o.Rules.Level;
    });

    private static IEnumerable<float> Candidates()
    {
        for (var i = 5; i <= 100; i++) yield return i / 100f;
        yield return LayerThresholds.Off.Crisis; // never fires: the fallback when no cut-off meets the limits
    }
}
