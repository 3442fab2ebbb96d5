using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Cli.Safety;

/// <summary><c>safety eval</c>: runs the detector over a labelled JSON Lines file and scores it.</summary>
public static class EvalCommand
{
    public static async Task<EvalReport> ScoreAsync(ICrisisDetector detector, TextReader input, CancellationToken ct)
    {
        var report = new EvalReport();
        string? line;
        var number = 0;
        while ((line = await input.ReadLineAsync(ct)) is not null)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var item = InputLine.Parse(line);
            var expected = CompiledLexicon.ParseLevel(item.Expected);
            if (item.Error is not null || expected is null)
            {
                report.Skipped.Add($"line {number}: {item.Error ?? "missing or unknown 'expected'"}");
                continue;
            }
            var a = detector.Assess(item.Text!, item.Lang);
            report.Add(new EvalItem(item.Id ?? $"line{number}", expected.Value,
                CompiledLexicon.ParseCategory(item.Category) ?? CrisisCategory.None, item.Lang ?? "?", a.Level, a.Category));
        }
        return report;
    }
}

public sealed record EvalItem(string Id, CrisisLevel Expected, CrisisCategory ExpectedCategory, string Lang,
    CrisisLevel Predicted, CrisisCategory PredictedCategory);
