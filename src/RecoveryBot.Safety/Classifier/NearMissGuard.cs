using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// The reviewed lexicon's idioms and mustNotMatch near-misses are promises that a wording is not a crisis. Cross-
/// validation picks the crisis cut-off on held-out predictions, where the lexicon group is unseen; the final model
/// (trained on everything) can still put one of those reviewed sentences just above that cut-off, and which one moved
/// from retrain to retrain. After the final training this raises the crisis cut-off just above the highest such
/// sentence the layered detector would call crisis, by at most <see cref="MaxRaise"/>: a larger gap means the data
/// and the lexicon disagree, and training fails so a person looks.
/// </summary>
public static class NearMissGuard
{
    public const float MaxRaise = 0.12f;
    private const float Margin = 0.005f;

    public static bool IsReviewedNone(LabelledExample e) => e.Level == CrisisLevel.None
        && (e.Id.StartsWith("lexicon:not:", StringComparison.Ordinal) || e.Id.StartsWith("lexicon:idiom:", StringComparison.Ordinal));

    public static LayerThresholds Apply(LayerThresholds chosen, LinearModel model, IEnumerable<LabelledExample> examples,
        CrisisDetector rules, FeatureExtractor fx)
    {
        var crisis = chosen.Crisis;
        LabelledExample? highest = null;
        foreach (var e in examples.Where(IsReviewedNone))
        {
            var verdict = model.Verdict(fx.Extract(e.Text));
            var layered = LayeredDecision.Combine(rules.Assess(e.Text, null), verdict, chosen with { Crisis = crisis }, null, MessageSizes.Of(e.Text));
            if (layered.Level == CrisisLevel.Crisis && layered.CueIds.Contains(LayeredDecision.CrisisCue) && verdict.Crisis + Margin > crisis)
            {
                (crisis, highest) = (verdict.Crisis + Margin, e);
            }
        }
        if (crisis > chosen.Crisis + MaxRaise)
        {
            throw new InvalidOperationException(
                $"a reviewed idiom or near-miss needs the crisis cut-off at {crisis:0.000}, more than {MaxRaise} above the "
                + $"cross-validated {chosen.Crisis:0.000} for {highest!.Id} \"{highest.Text}\": add hard negatives for it or "
                + "review the lexicon example");
        }
        return chosen with { Crisis = crisis };
    }
}
