using RecoveryBot.Cli.Safety;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>Issue 4 targets on the shared dev set and on our own held-out-style file.</summary>
public sealed class DevSetTests
{
    [Fact]
    public async Task DevSet_MeetsIssueTargets()
    {
        var report = await Score(RepoPaths.DevSetPath());
        report.Items.Count.ShouldBe(120);
        report.CrisisToNone.Select(i => i.Id).ShouldBeEmpty();
        report.Recall(CrisisLevel.Crisis).ShouldBeGreaterThanOrEqualTo(0.98);
        report.ConcernFlagged.ShouldBeGreaterThanOrEqualTo(0.90);
        report.FalseAlarmRate.ShouldBeLessThanOrEqualTo(0.03);
    }

    [Fact]
    public async Task ExtraEvalSet_MeetsIssueTargetsForCrisis()
    {
        var report = await Score(RepoPaths.ExtraEval);
        report.Items.Count.ShouldBeGreaterThanOrEqualTo(150);
        report.CrisisToNone.Select(i => i.Id).ShouldBeEmpty();
        report.Recall(CrisisLevel.Crisis).ShouldBeGreaterThanOrEqualTo(0.98);
        report.FalseAlarmRate.ShouldBeLessThanOrEqualTo(0.03);
    }

    private static async Task<EvalReport> Score(string path)
    {
        using var reader = new StreamReader(path);
        return await EvalCommand.ScoreAsync(RepoPaths.Detector, reader, CancellationToken.None);
    }
}
