using RecoveryBot.Cli.Safety;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// DevSetTests' targets (unchanged numbers) with the layered detector the host registers. holdout-7 was the last
/// blind set: its first run (data/holdout-7.first-run.txt) is the honest estimate — layered crisis recall 0.909,
/// 3 crisis items classified none, concern flagged 0.899, none→crisis 2.6%; it is a regression guard since.
/// </summary>
public sealed class LayeredDevSetTests
{
    [Theory]
    [InlineData("crisis-dev.jsonl", 120)]
    [InlineData("extra-eval.jsonl", 150)]
    [InlineData("holdout-2.jsonl", 250)]
    [InlineData("holdout-4.jsonl", 150)]
    [InlineData("holdout-5.jsonl", 150)]
    [InlineData("holdout-6.jsonl", 300)]
    [InlineData("holdout-7.jsonl", 250)]
    public async Task EvaluationSet_MeetsIssueTargetsWithTheLayeredDetector(string file, int minItems)
    {
        var path = file == "crisis-dev.jsonl" ? RepoPaths.DevSetPath() : ClassifierPaths.Data(file);
        using var reader = new StreamReader(path);
        var report = await EvalCommand.ScoreAsync(ClassifierPaths.Layered, reader, CancellationToken.None);
        report.Items.Count.ShouldBeGreaterThanOrEqualTo(minItems);
        report.CrisisToNone.Select(i => i.Id).ShouldBeEmpty();
        report.Recall(CrisisLevel.Crisis).ShouldBeGreaterThanOrEqualTo(0.98);
        report.ConcernFlagged.ShouldBeGreaterThanOrEqualTo(0.90);
        report.FalseAlarmRate.ShouldBeLessThanOrEqualTo(0.03);
    }
}
