using System.Globalization;
using System.Text;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>SAFETY-NOTES §6 "Suggested scoring" counts for one held-out group under one decision rule.</summary>
public sealed record CvScore(string Group, int Crisis, int CrisisHit, int CrisisToNone, int Concern, int ConcernFlagged,
    int None, int NoneToCrisis, int NoneFlagged)
{
    public double CrisisRecall => Crisis == 0 ? 1 : (double)CrisisHit / Crisis;
    public double ConcernFlagRate => Concern == 0 ? 1 : (double)ConcernFlagged / Concern;

    public static CvScore Of(string group, IEnumerable<(LabelledExample Example, CrisisLevel Predicted)> items)
    {
        int c = 0, ch = 0, cn = 0, k = 0, kf = 0, n = 0, nc = 0, nf = 0;
        foreach (var (e, p) in items)
        {
            switch (e.Level)
            {
                case CrisisLevel.Crisis: c++; if (p == CrisisLevel.Crisis) ch++; if (p == CrisisLevel.None) cn++; break;
                case CrisisLevel.Concern: k++; if (p >= CrisisLevel.Concern) kf++; break;
                default: n++; if (p == CrisisLevel.Crisis) nc++; if (p >= CrisisLevel.Concern) nf++; break;
            }
        }
        return new(group, c, ch, cn, k, kf, n, nc, nf);
    }

    /// <summary>Rules-only, classifier-only and layered scores per held-out group, as a plain-text table.</summary>
    public static string Table(IReadOnlyList<OutOfFold> oof, LayerThresholds t)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"thresholds: p(crisis) >= {t.Crisis:0.00}, p(crisis)+p(concern) >= {t.Flag:0.00} (long messages {t.LongFlag:0.00})");
        sb.AppendLine("group             mode        crisis recall  crisis->none  concern flagged  none->crisis  none flagged");
        // "EVAL" pools the evaluation files; the lexicon's near-misses are adversarial, so they stay a row of their own.
        var eval = oof.Where(o => o.Example.Group != TrainingData.LexiconGroup).ToList();
        foreach (var g in oof.GroupBy(o => o.Example.Group).Concat(eval.GroupBy(_ => "EVAL (no lexicon)")))
        {
            Row(sb, Of(g.Key, g.Select(o => (o.Example, o.Rules.Level))), "rules");
            Row(sb, Of(g.Key, g.Select(o => (o.Example, ClassifierOnly(o.Verdict, t)))), "classifier");
            Row(sb, Of(g.Key, g.Select(o => (o.Example, LayeredDecision.Combine(o.Rules, o.Verdict, t, null, o.Size).Level))), "layered");
        }
        return sb.ToString();
    }

    public static CrisisLevel ClassifierOnly(ClassifierVerdict v, LayerThresholds t) =>
        v.Crisis >= t.Crisis ? CrisisLevel.Crisis : v.Flag >= t.Flag ? CrisisLevel.Concern : CrisisLevel.None;

    private static void Row(StringBuilder sb, CvScore s, string mode) => sb.AppendLine(CultureInfo.InvariantCulture,
        $"{s.Group,-17} {mode,-11} {s.CrisisHit,4}/{s.Crisis,-4} {s.CrisisRecall,5:0.000}  {s.CrisisToNone,12}  "
        + $"{s.ConcernFlagged,4}/{s.Concern,-4} {s.ConcernFlagRate:0.000}  {s.NoneToCrisis,5}/{s.None,-6}  {s.NoneFlagged,6}/{s.None}");
}
