using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// NearMissGuard on the committed model: below the reviewed idioms' and near-misses' highest p(crisis) the cut-off is
/// lifted just above it; already above, it is left alone; needing more than MaxRaise fails training loudly.
/// </summary>
public sealed class NearMissGuardTests
{
    private static readonly LinearModel Model = ClassifierPaths.Layered.Model;
    private static readonly FeatureExtractor Features = new(RepoPaths.Detector.Lexicon.Normalizer, Model.BucketBits);
    private static readonly IReadOnlyList<LabelledExample> Reviewed =
        TrainingData.FromLexicon(RepoPaths.SafetyDialogs, RepoPaths.Detector).Where(NearMissGuard.IsReviewedNone).ToList();

    /// <summary>
    /// The highest p(crisis) among reviewed none sentences the layered decision would raise to crisis at a cut-off just
    /// below it (rule crises are the rules' own; an idiom-only reading needs the higher idiom override; a short reply is
    /// never raised to crisis).
    /// </summary>
    private static float HighestReviewed() => Reviewed
        .Select(e => (Rules: RepoPaths.Detector.Assess(e.Text, null), Verdict: Model.Verdict(Features.Extract(e.Text)),
            Size: MessageSizes.Of(e.Text)))
        .Where(x => LayeredDecision.Combine(x.Rules, x.Verdict, Model.Thresholds with { Crisis = x.Verdict.Crisis - 0.001f }, null, x.Size)
            .CueIds.Contains(LayeredDecision.CrisisCue))
        .Max(x => x.Verdict.Crisis);

    [Fact]
    public void CommittedCutOff_IsAlreadyAboveEveryReviewedNearMiss() =>
        NearMissGuard.Apply(Model.Thresholds, Model, Reviewed, RepoPaths.Detector, Features).ShouldBe(Model.Thresholds);

    [Fact]
    public void ACutOffJustBelowAReviewedNearMiss_IsLiftedAboveIt()
    {
        var top = HighestReviewed();
        var chosen = Model.Thresholds with { Crisis = top - 0.01f };
        var guarded = NearMissGuard.Apply(chosen, Model, Reviewed, RepoPaths.Detector, Features);
        guarded.Crisis.ShouldBeGreaterThan(top);
        guarded.Crisis.ShouldBeLessThanOrEqualTo(chosen.Crisis + NearMissGuard.MaxRaise);
        guarded.Flag.ShouldBe(chosen.Flag);
    }

    [Fact]
    public void ACutOffFarBelowTheReviewedNearMisses_FailsTraining()
    {
        var chosen = Model.Thresholds with { Crisis = HighestReviewed() - 0.2f };
        Should.Throw<InvalidOperationException>(() => NearMissGuard.Apply(chosen, Model, Reviewed, RepoPaths.Detector, Features));
    }
}
