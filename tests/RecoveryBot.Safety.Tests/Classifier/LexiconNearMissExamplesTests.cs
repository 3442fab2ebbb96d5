using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// Concepts' and combos' mustNotMatch sentences are reviewed ordinary wordings ("i took my meds this morning"): they
/// train the learned layer as the rules read them, under their own id prefix, so the near-miss guard (idioms and risk
/// entries) is unchanged (round 27).
/// </summary>
public sealed class LexiconNearMissExamplesTests
{
    [Fact]
    public void ConceptAndComboNearMisses_AreTrainingExamplesWithTheRulesVerdict()
    {
        var near = TrainingData.FromLexicon(RepoPaths.SafetyDialogs, RepoPaths.Detector)
            .Where(e => e.Id.StartsWith("lexicon:near:", StringComparison.Ordinal))
            .ToList();
        near.Count.ShouldBeGreaterThan(100);
        near.ShouldContain(e => e.Id == "lexicon:near:combo.overdose.ingested_dose" && e.Text == "i took my meds this morning"
            && e.Level == CrisisLevel.None);
        near.ShouldAllBe(e => e.Level == RepoPaths.Detector.Assess(e.Text, null).Level);
    }

    [Fact]
    public void ConceptAndComboNearMisses_StayOutOfTheNearMissGuard() =>
        TrainingData.FromLexicon(RepoPaths.SafetyDialogs, RepoPaths.Detector)
            .Where(e => e.Id.StartsWith("lexicon:near:", StringComparison.Ordinal))
            .ShouldNotContain(e => NearMissGuard.IsReviewedNone(e));
}
