using System.Globalization;
using System.Text;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Cli.Safety;

/// <summary>The scores SAFETY-NOTES §6 asks for: crisis recall per category and language first, then the rest.</summary>
public sealed class EvalReport
{
    private static readonly CrisisLevel[] Levels = [CrisisLevel.Crisis, CrisisLevel.Concern, CrisisLevel.None];

    public List<EvalItem> Items { get; } = [];
    public List<string> Skipped { get; } = [];

    public void Add(EvalItem item) => Items.Add(item);

    public IReadOnlyList<EvalItem> CrisisToNone =>
        Items.Where(i => i.Expected == CrisisLevel.Crisis && i.Predicted == CrisisLevel.None).ToList();

    public double Recall(CrisisLevel level) => Ratio(Items.Count(i => i.Expected == level && i.Predicted == level),
        Items.Count(i => i.Expected == level));

    public double Precision(CrisisLevel level) => Ratio(Items.Count(i => i.Expected == level && i.Predicted == level),
        Items.Count(i => i.Predicted == level));

    /// <summary>Concern items flagged concern or crisis (a crisis answer to a concern is noisy but safe).</summary>
    public double ConcernFlagged => Ratio(Items.Count(i => i.Expected == CrisisLevel.Concern && i.Predicted >= CrisisLevel.Concern),
        Items.Count(i => i.Expected == CrisisLevel.Concern));

    public double FalseAlarmRate => Ratio(Items.Count(i => i.Expected == CrisisLevel.None && i.Predicted == CrisisLevel.Crisis),
        Items.Count(i => i.Expected == CrisisLevel.None));

    public double CategoryAccuracyOnCrisis => Ratio(
        Items.Count(i => i.Expected == CrisisLevel.Crisis && i.Predicted == CrisisLevel.Crisis && i.PredictedCategory == i.ExpectedCategory),
        Items.Count(i => i.Expected == CrisisLevel.Crisis && i.Predicted == CrisisLevel.Crisis));

    public string Render()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"items: {Items.Count} (skipped {Skipped.Count})");
        foreach (var s in Skipped) sb.AppendLine(inv, $"  skipped {s}");
        sb.AppendLine("level      recall  precision  n");
        foreach (var l in Levels)
        {
            sb.AppendLine(inv, $"{CompiledLexicon.Name(l),-9} {Recall(l),7:0.000} {Precision(l),10:0.000}  {Items.Count(i => i.Expected == l)}");
        }
        sb.AppendLine(inv, $"concern flagged concern-or-crisis: {ConcernFlagged:0.000}");
        sb.AppendLine(inv, $"none->crisis false-alarm rate: {FalseAlarmRate:0.000}");
        sb.AppendLine(inv, $"crisis category accuracy: {CategoryAccuracyOnCrisis:0.000}");
        sb.AppendLine("crisis recall by category:");
        foreach (var g in Items.Where(i => i.Expected == CrisisLevel.Crisis).GroupBy(i => i.ExpectedCategory).OrderBy(g => g.Key))
        {
            sb.AppendLine(inv, $"  {CompiledLexicon.Name(g.Key),-13} {Ratio(g.Count(i => i.Predicted == CrisisLevel.Crisis), g.Count()):0.000}  n={g.Count()}");
        }
        sb.AppendLine("crisis recall by language:");
        foreach (var g in Items.Where(i => i.Expected == CrisisLevel.Crisis).GroupBy(i => i.Lang).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(inv, $"  {g.Key,-13} {Ratio(g.Count(i => i.Predicted == CrisisLevel.Crisis), g.Count()):0.000}  n={g.Count()}");
        }
        sb.AppendLine(inv, $"crisis->none misses: {CrisisToNone.Count}");
        foreach (var m in CrisisToNone) sb.AppendLine(inv, $"  {m.Id}");
        sb.AppendLine("confusion (rows expected, columns predicted):");
        sb.AppendLine("           crisis concern    none");
        foreach (var e in Levels)
        {
            sb.Append(inv, $"{CompiledLexicon.Name(e),-9}");
            foreach (var p in Levels) sb.Append(inv, $" {Items.Count(i => i.Expected == e && i.Predicted == p),7}");
            sb.AppendLine();
        }
        var wrong = Items.Where(i => i.Expected != i.Predicted).ToList();
        sb.AppendLine(inv, $"other disagreements: {wrong.Count - CrisisToNone.Count}");
        foreach (var w in wrong.Where(w => !(w.Expected == CrisisLevel.Crisis && w.Predicted == CrisisLevel.None)))
        {
            sb.AppendLine(inv, $"  {w.Id}: expected {CompiledLexicon.Name(w.Expected)}, got {CompiledLexicon.Name(w.Predicted)}");
        }
        return sb.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;
}
