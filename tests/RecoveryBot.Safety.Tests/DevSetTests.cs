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

    [Fact]
    public async Task ExtraEvalSet_ConcernItemsAreFlagged()
    {
        var report = await Score(RepoPaths.ExtraEval);
        report.ConcernFlagged.ShouldBeGreaterThanOrEqualTo(0.90);
    }

    /// <summary>
    /// holdout-2.jsonl was written before reading the lexicon (first run: crisis recall 0.772, concern flagged
    /// 0.519, see data/holdout-2.first-run.txt); the lexicon was then widened with phrase families, so it now
    /// guards against regressions rather than estimating generalisation.
    /// </summary>
    [Fact]
    public async Task Holdout2Set_MeetsIssueTargets()
    {
        var report = await Score(RepoPaths.Holdout2);
        report.Items.Count.ShouldBeGreaterThanOrEqualTo(250);
        report.CrisisToNone.Select(i => i.Id).ShouldBeEmpty();
        report.Recall(CrisisLevel.Crisis).ShouldBeGreaterThanOrEqualTo(0.98);
        report.ConcernFlagged.ShouldBeGreaterThanOrEqualTo(0.90);
        report.FalseAlarmRate.ShouldBeLessThanOrEqualTo(0.03);
    }

    /// <summary>
    /// holdout-4/5/6 were each written before the round's lexicon work (first runs in data/holdout-N.first-run.txt);
    /// the families added after each now guard against regressions. holdout-6 first run: crisis recall 0.579 (0.614 after
    /// the concept layer, 41 crisis items classified none); its round-7 fixes are classes of wording, not sentences.
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task FreshHoldoutSet_MeetsIssueTargets(int n)
    {
        var report = await Score(RepoPaths.Holdout(n));
        report.Items.Count.ShouldBeGreaterThanOrEqualTo(150);
        report.CrisisToNone.Select(i => i.Id).ShouldBeEmpty();
        report.Recall(CrisisLevel.Crisis).ShouldBeGreaterThanOrEqualTo(0.98);
        report.ConcernFlagged.ShouldBeGreaterThanOrEqualTo(0.90);
        report.FalseAlarmRate.ShouldBeLessThanOrEqualTo(0.03);
    }

    /// <summary>
    /// holdout-7 (blind, 268 items) after its round: the rules alone are a floor under the layered detector, which
    /// meets the issue targets on it (LayeredDevSetTests). First run and this round's numbers in the first-run file.
    /// </summary>
    [Fact]
    public async Task Holdout7_RulesAloneKeepTheirFloor()
    {
        var report = await Score(RepoPaths.Holdout(7));
        report.Items.Count.ShouldBe(268);
        report.Recall(CrisisLevel.Crisis).ShouldBeGreaterThanOrEqualTo(0.86);
        report.CrisisToNone.Count.ShouldBeLessThanOrEqualTo(10);
        report.FalseAlarmRate.ShouldBeLessThanOrEqualTo(0.03);
    }

    private static async Task<EvalReport> Score(string path)
    {
        using var reader = new StreamReader(path);
        return await EvalCommand.ScoreAsync(RepoPaths.Detector, reader, CancellationToken.None);
    }
}
