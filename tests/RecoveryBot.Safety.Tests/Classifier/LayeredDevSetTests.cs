using RecoveryBot.Cli.Safety;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// DevSetTests' targets (unchanged numbers) with the layered detector the host registers. Each holdout's first-run
/// file (data/holdout-N.first-run.txt) is the honest estimate for its round; after the round it is a regression
/// guard. holdout-8 (320 items) first ran at layered crisis recall 0.917, 1 crisis item none, none→crisis 6.8%;
/// holdout-9 (320 items) at 0.961, 2 crisis items none, none→crisis 5.7%; holdout-10 (300 items) at 0.958, 1 crisis
/// item none, none→crisis 8.8%; holdout-11 (320 items) at 0.962, 3 crisis items none, none→crisis 5.8%; holdout-12 (320 items) at 0.923, 1 crisis
/// item none, none→crisis 5.8%; holdout-13 (320 items) at 0.932, 3 crisis items none, none→crisis 5.1%; holdout-15 (320 items) at
/// 0.978, 0 crisis items none, none→crisis 6.1%; holdout-16 (320 items) at 0.969, 0 crisis items none, none→crisis
/// 5.0%; holdout-17 (320 items) at 0.985, 0 crisis items none, none→crisis 5.8%; holdout-14 (320 items, read only after
/// round 17) at 0.938, 1 crisis item none, none→crisis 4.2%; holdout-18 (320 items) at 0.962, 1 crisis item none,
/// none→crisis 5.8%; holdout-19 (320 items) at 0.985, 0 crisis items none, none→crisis 3.3%; holdout-20 (320 items) at
/// 0.992, 0 crisis items none, none→crisis 4.2%; holdout-24 (320 items) at 0.992, 0 crisis items none, none→crisis 2.5%
/// (rounds 18–19, c6bac33); holdout-25 (320 items) at 0.992, 0 crisis items none, none→crisis 5.8% (c6bac33).
/// holdout-21..-23 and -26..-29 (first figures in data/blind-sets-rounds18-20.txt) were read for round 21;
/// holdout-30..-35 (data/blind-sets-round21.txt) were scored unread and joined the folds after it; holdout-36..-41,
/// the round's last blind measure, were read for round 22 and joined the folds then (data/blind-sets-round22.txt);
/// holdout-48..-50 and -51..-53 were written, scored once and read for rounds 23 and 24; holdout-42..-47, the blind measure of
/// rounds 22–24, were read for round 25 with holdout-60..-61 (scored once first) and joined the folds then
/// (data/blind-sets-round25.txt). holdout-54..-59, the blind measure of round 25, were read for round 26 with
/// holdout-68..-69 (scored once first) and joined the folds then (data/blind-sets-round26.txt). holdout-62..-67, the blind
/// measure of round 26, were read for round 27 and joined the folds then. holdout-70..-75, the blind measure of round 27
/// (data/blind-sets-round27.txt), were read for round 28 and joined the folds then. holdout-76..-81, the blind measure of
/// round 28 (data/blind-sets-round28.txt), were read for round 29 and joined the folds then. holdout-82..-87, the blind
/// measure of round 29 (data/blind-sets-round29.txt), were read for round 30 and joined the folds then. holdout-88..-93,
/// the blind measure of round 30 (data/blind-sets-round30.txt), were read for round 31 and joined the folds then.
/// holdout-94..-99, the blind measure of round 31 (data/blind-sets-round31.txt), were read for round 32 and joined the
/// folds then; holdout-100..-105, the blind measure of round 32 (data/blind-sets-round32.txt), were read for round 33
/// and joined the folds then; holdout-106..-111, the blind measure of round 33 (data/blind-sets-round33.txt), were read
/// for round 34 and joined the folds then; holdout-112..-117, the blind measure of round 34 (data/blind-sets-round34.txt),
/// were read for round 35 and joined the folds then; holdout-118..-123, the blind measure of round 35
/// (data/blind-sets-round35.txt), were read for round 36 and joined the folds then; holdout-124..-129, the blind
/// measure of round 36 (data/blind-sets-round36.txt), were read for round 37 and joined the folds then; holdout-130..-135,
/// the blind measure of round 37 (data/blind-sets-round37.txt), were read for round 38 and joined the folds then;
/// holdout-136..-141, the blind measure of round 38 (data/blind-sets-round38.txt), were read for round 39 and joined
/// the folds then; holdout-142..-147, the blind measure of round 39 (data/blind-sets-round39.txt), were read for
/// round 40 and joined the folds then; holdout-148..-153, the blind measure of round 40 (data/blind-sets-round40.txt),
/// were read for round 41 and joined the folds then; holdout-154..-159 are the blind measure of round 41 and not folds
/// (data/blind-sets-round41.txt).
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
    [InlineData("holdout-8.jsonl", 300)]
    [InlineData("holdout-9.jsonl", 300)]
    [InlineData("holdout-10.jsonl", 280)]
    [InlineData("holdout-11.jsonl", 300)]
    [InlineData("holdout-12.jsonl", 300)]
    [InlineData("holdout-13.jsonl", 300)]
    [InlineData("holdout-14.jsonl", 300)]
    [InlineData("holdout-15.jsonl", 300)]
    [InlineData("holdout-16.jsonl", 300)]
    [InlineData("holdout-17.jsonl", 300)]
    [InlineData("holdout-18.jsonl", 300)]
    [InlineData("holdout-19.jsonl", 300)]
    [InlineData("holdout-20.jsonl", 300)]
    [InlineData("holdout-21.jsonl", 300)]
    [InlineData("holdout-22.jsonl", 300)]
    [InlineData("holdout-23.jsonl", 300)]
    [InlineData("holdout-24.jsonl", 300)]
    [InlineData("holdout-25.jsonl", 300)]
    [InlineData("holdout-26.jsonl", 300)]
    [InlineData("holdout-27.jsonl", 300)]
    [InlineData("holdout-28.jsonl", 300)]
    [InlineData("holdout-29.jsonl", 300)]
    [InlineData("holdout-30.jsonl", 300)]
    [InlineData("holdout-31.jsonl", 300)]
    [InlineData("holdout-32.jsonl", 300)]
    [InlineData("holdout-33.jsonl", 300)]
    [InlineData("holdout-34.jsonl", 300)]
    [InlineData("holdout-35.jsonl", 300)]
    [InlineData("holdout-36.jsonl", 300)]
    [InlineData("holdout-37.jsonl", 300)]
    [InlineData("holdout-38.jsonl", 300)]
    [InlineData("holdout-39.jsonl", 300)]
    [InlineData("holdout-40.jsonl", 300)]
    [InlineData("holdout-41.jsonl", 300)]
    [InlineData("holdout-48.jsonl", 300)]
    [InlineData("holdout-49.jsonl", 300)]
    [InlineData("holdout-50.jsonl", 300)]
    [InlineData("holdout-51.jsonl", 300)]
    [InlineData("holdout-52.jsonl", 300)]
    [InlineData("holdout-53.jsonl", 300)]
    [InlineData("holdout-42.jsonl", 300)]
    [InlineData("holdout-43.jsonl", 300)]
    [InlineData("holdout-44.jsonl", 300)]
    [InlineData("holdout-45.jsonl", 300)]
    [InlineData("holdout-46.jsonl", 300)]
    [InlineData("holdout-47.jsonl", 300)]
    [InlineData("holdout-60.jsonl", 300)]
    [InlineData("holdout-61.jsonl", 300)]
    [InlineData("holdout-54.jsonl", 300)]
    [InlineData("holdout-55.jsonl", 300)]
    [InlineData("holdout-56.jsonl", 300)]
    [InlineData("holdout-57.jsonl", 300)]
    [InlineData("holdout-58.jsonl", 300)]
    [InlineData("holdout-59.jsonl", 300)]
    [InlineData("holdout-68.jsonl", 300)]
    [InlineData("holdout-69.jsonl", 300)]
    [InlineData("holdout-62.jsonl", 300)]
    [InlineData("holdout-63.jsonl", 300)]
    [InlineData("holdout-64.jsonl", 300)]
    [InlineData("holdout-65.jsonl", 300)]
    [InlineData("holdout-66.jsonl", 300)]
    [InlineData("holdout-67.jsonl", 300)]
    [InlineData("holdout-70.jsonl", 300)]
    [InlineData("holdout-71.jsonl", 300)]
    [InlineData("holdout-72.jsonl", 300)]
    [InlineData("holdout-73.jsonl", 300)]
    [InlineData("holdout-74.jsonl", 300)]
    [InlineData("holdout-75.jsonl", 300)]
    [InlineData("holdout-76.jsonl", 300)]
    [InlineData("holdout-77.jsonl", 300)]
    [InlineData("holdout-78.jsonl", 300)]
    [InlineData("holdout-79.jsonl", 300)]
    [InlineData("holdout-80.jsonl", 300)]
    [InlineData("holdout-81.jsonl", 300)]
    [InlineData("holdout-82.jsonl", 300)]
    [InlineData("holdout-83.jsonl", 300)]
    [InlineData("holdout-84.jsonl", 300)]
    [InlineData("holdout-85.jsonl", 300)]
    [InlineData("holdout-86.jsonl", 300)]
    [InlineData("holdout-87.jsonl", 300)]
    [InlineData("holdout-88.jsonl", 300)]
    [InlineData("holdout-89.jsonl", 300)]
    [InlineData("holdout-90.jsonl", 300)]
    [InlineData("holdout-91.jsonl", 300)]
    [InlineData("holdout-92.jsonl", 300)]
    [InlineData("holdout-93.jsonl", 300)]
    [InlineData("holdout-94.jsonl", 300)]
    [InlineData("holdout-95.jsonl", 300)]
    [InlineData("holdout-96.jsonl", 300)]
    [InlineData("holdout-97.jsonl", 300)]
    [InlineData("holdout-98.jsonl", 300)]
    [InlineData("holdout-99.jsonl", 300)]
    [InlineData("holdout-100.jsonl", 300)]
    [InlineData("holdout-101.jsonl", 300)]
    [InlineData("holdout-102.jsonl", 300)]
    [InlineData("holdout-103.jsonl", 300)]
    [InlineData("holdout-104.jsonl", 300)]
    [InlineData("holdout-105.jsonl", 300)]
    [InlineData("holdout-106.jsonl", 300)]
    [InlineData("holdout-107.jsonl", 300)]
    [InlineData("holdout-108.jsonl", 300)]
    [InlineData("holdout-109.jsonl", 300)]
    [InlineData("holdout-110.jsonl", 300)]
    [InlineData("holdout-111.jsonl", 300)]
    [InlineData("holdout-112.jsonl", 300)]
    [InlineData("holdout-113.jsonl", 300)]
    [InlineData("holdout-114.jsonl", 300)]
    [InlineData("holdout-115.jsonl", 300)]
    [InlineData("holdout-116.jsonl", 300)]
    [InlineData("holdout-117.jsonl", 300)]
    [InlineData("holdout-118.jsonl", 300)]
    [InlineData("holdout-119.jsonl", 300)]
    [InlineData("holdout-120.jsonl", 300)]
    [InlineData("holdout-121.jsonl", 300)]
    [InlineData("holdout-122.jsonl", 300)]
    [InlineData("holdout-123.jsonl", 300)]
    [InlineData("holdout-124.jsonl", 300)]
    [InlineData("holdout-125.jsonl", 300)]
    [InlineData("holdout-126.jsonl", 300)]
    [InlineData("holdout-127.jsonl", 300)]
    [InlineData("holdout-128.jsonl", 300)]
    [InlineData("holdout-129.jsonl", 300)]
    [InlineData("holdout-130.jsonl", 300)]
    [InlineData("holdout-131.jsonl", 300)]
    [InlineData("holdout-132.jsonl", 300)]
    [InlineData("holdout-133.jsonl", 300)]
    [InlineData("holdout-134.jsonl", 300)]
    [InlineData("holdout-135.jsonl", 300)]
    [InlineData("holdout-136.jsonl", 300)]
    [InlineData("holdout-137.jsonl", 300)]
    [InlineData("holdout-138.jsonl", 300)]
    [InlineData("holdout-139.jsonl", 300)]
    [InlineData("holdout-140.jsonl", 300)]
    [InlineData("holdout-141.jsonl", 300)]
    [InlineData("holdout-142.jsonl", 300)]
    [InlineData("holdout-143.jsonl", 300)]
    [InlineData("holdout-144.jsonl", 300)]
    [InlineData("holdout-145.jsonl", 300)]
    [InlineData("holdout-146.jsonl", 300)]
    [InlineData("holdout-147.jsonl", 300)]
    [InlineData("holdout-148.jsonl", 300)]
    [InlineData("holdout-149.jsonl", 300)]
    [InlineData("holdout-150.jsonl", 300)]
    [InlineData("holdout-151.jsonl", 300)]
    [InlineData("holdout-152.jsonl", 300)]
    [InlineData("holdout-153.jsonl", 300)]
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
