using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>The combination rule (brief §3) on synthetic verdicts, so each branch is pinned independently of the model.</summary>
public sealed class LayeredDecisionTests
{
    private static readonly LayerThresholds T = new(0.8f, 0.6f);
    private static readonly CrisisAssessment None = CrisisAssessment.NoRisk;

    [Fact]
    public void RuleCrisis_IsReturnedUnchanged()
    {
        var rules = new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Overdose, ["x"]);
        LayeredDecision.Combine(rules, new ClassifierVerdict(0.99f, 0f, CrisisCategory.Suicide), T, null).ShouldBeSameAs(rules);
    }

    [Fact]
    public void RuleCrisis_TheClassifierIsAllButSureIsOrdinary_BecomesACheckIn()
    {
        var rules = new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Medical, ["medical.unresponsive"]);
        LayeredDecision.RulesAreFinal(rules).ShouldBeFalse();
        var lowered = LayeredDecision.Combine(rules,
            new ClassifierVerdict(LayeredDecision.VetoCrisis - 0.01f, 0.1f, CrisisCategory.Suicide), T, null);
        lowered.Level.ShouldBe(CrisisLevel.Concern);
        lowered.Category.ShouldBe(CrisisCategory.Medical);
        lowered.CueIds.ShouldBe(["medical.unresponsive", LayeredDecision.VetoCue]);
    }

    [Theory]
    [InlineData(0.10f, 0.0f)]   // p(crisis) at the cut-off (LayeredDecision.VetoCrisis)
    [InlineData(0.12f, 0.0f)]   // just past it
    [InlineData(0.01f, 0.5f)]   // p(crisis)+p(concern) past the cut-off (LayeredDecision.VetoFlag)
    [InlineData(0.09f, 0.41f)]  // under the crisis cut-off, but the flag reaches 0.50
    [InlineData(0.3f, 0.0f)]
    public void RuleCrisis_TheClassifierNotSureEnough_StaysCrisis(float crisis, float concern)
    {
        var rules = new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Suicide, ["suicide.method_hurt"]);
        LayeredDecision.Combine(rules, new ClassifierVerdict(crisis, concern, CrisisCategory.Suicide), T, null)
            .ShouldBeSameAs(rules);
    }

    [Fact]
    public void RuleCrisis_ShortReplyOrHeldByMemoryOrNoThresholds_IsNeverLowered()
    {
        var sure = new ClassifierVerdict(0.001f, 0.001f, CrisisCategory.Suicide);
        var rules = new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Suicide, ["suicide.algospeak"]);
        LayeredDecision.Combine(rules, sure, T, null, MessageSize.Short).ShouldBeSameAs(rules);
        LayeredDecision.Combine(rules, sure, LayerThresholds.Off, null).ShouldBeSameAs(rules);
        var remembered = new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Suicide, ["failsafe.death_words", "mem.escalated"]);
        LayeredDecision.RulesAreFinal(remembered).ShouldBeTrue();
        LayeredDecision.Combine(remembered, sure, T, null).ShouldBeSameAs(remembered);
    }

    [Fact]
    public void RuleConcernFromTrivialJoke_IsFinal()
    {
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.Suicide, ["suicide.wish", "ctx.trivial_joke"]);
        LayeredDecision.RulesAreFinal(rules).ShouldBeTrue();
        LayeredDecision.Combine(rules, new ClassifierVerdict(0.99f, 0f, CrisisCategory.Suicide), T, null).ShouldBeSameAs(rules);
    }

    [Theory]
    [InlineData("ctx.negated")]
    [InlineData("ctx.hypothetical")]
    public void RuleConcernFromNegationOrHypothetical_IsRaisedOnlyAtTheNegationOverride(string modifier)
    {
        // Thresholds below the override, and a third-person read beside the negation, so only NegationOverrideCrisis can
        // hold the concern back (the past/others override alone would raise at 0.5).
        var low = new LayerThresholds(0.3f, 0.5f);
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.AbuseDanger, ["abuse.now", modifier, "ctx.third_person"]);
        LayeredDecision.RulesAreFinal(rules).ShouldBeFalse();
        LayeredDecision.Combine(rules, new ClassifierVerdict(LayeredDecision.NegationOverrideCrisis - 0.01f, 0f, CrisisCategory.Suicide), low, null)
            .ShouldBeSameAs(rules);
        var raised = LayeredDecision.Combine(rules, new ClassifierVerdict(LayeredDecision.NegationOverrideCrisis, 0f, CrisisCategory.Suicide), low, null);
        raised.Level.ShouldBe(CrisisLevel.Crisis);
        raised.Category.ShouldBe(CrisisCategory.AbuseDanger);
        raised.CueIds.ShouldBe(["abuse.now", modifier, "ctx.third_person", LayeredDecision.CrisisCue]);
    }

    [Theory]
    [InlineData("ctx.historical")]
    [InlineData("ctx.third_person")]
    public void RuleConcernFromPastOrOthers_IsRaisedOnlyWhenTheClassifierIsSure(string modifier)
    {
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.Overdose, ["overdose.risky", modifier]);
        LayeredDecision.Combine(rules, new ClassifierVerdict(0.79f, 0.2f, CrisisCategory.Suicide), T, null).ShouldBeSameAs(rules);
        var raised = LayeredDecision.Combine(rules, new ClassifierVerdict(0.85f, 0.1f, CrisisCategory.Suicide), T, null);
        raised.Level.ShouldBe(CrisisLevel.Crisis);
        raised.Category.ShouldBe(CrisisCategory.Overdose);
        raised.CueIds.ShouldBe(["overdose.risky", modifier, LayeredDecision.CrisisCue]);
    }

    [Fact]
    public void RuleConcernFromPastOrOthers_NeedsTheOverrideFloorEvenWhenTheCrisisCutOffIsLower()
    {
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.Suicide, ["suicide.wish", "ctx.historical"]);
        var low = new LayerThresholds(0.3f, 0.5f);
        LayeredDecision.Combine(rules, new ClassifierVerdict(LayeredDecision.ContextOverrideCrisis - 0.05f, 0f, CrisisCategory.Suicide), low, null)
            .ShouldBeSameAs(rules);
        LayeredDecision.Combine(rules, new ClassifierVerdict(LayeredDecision.ContextOverrideCrisis, 0f, CrisisCategory.Suicide), low, null)
            .Level.ShouldBe(CrisisLevel.Crisis);
    }

    [Fact]
    public void NoneWithHighCrisisProbability_BecomesCrisisWithClassifierCategoryAndCue()
    {
        var a = LayeredDecision.Combine(None, new ClassifierVerdict(0.85f, 0.1f, CrisisCategory.AbuseDanger), T, null);
        a.Level.ShouldBe(CrisisLevel.Crisis);
        a.Category.ShouldBe(CrisisCategory.AbuseDanger);
        a.CueIds.ShouldBe([LayeredDecision.CrisisCue]);
    }

    [Fact]
    public void PlainRuleConcern_RaisedToCrisis_KeepsRuleCategory()
    {
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.Overdose, ["overdose.risky"]);
        var a = LayeredDecision.Combine(rules, new ClassifierVerdict(0.9f, 0f, CrisisCategory.Suicide), T, null);
        a.Level.ShouldBe(CrisisLevel.Crisis);
        a.Category.ShouldBe(CrisisCategory.Overdose);
        a.CueIds.ShouldBe(["overdose.risky", LayeredDecision.CrisisCue]);
    }

    [Fact]
    public void IdiomOnlyMessage_NeedsTheIdiomOverrideForCrisis_ButCanStillBeAskedAbout()
    {
        var low = new LayerThresholds(0.3f, 0.5f);
        var idiom = CrisisAssessment.IdiomOnly;
        var asked = LayeredDecision.Combine(idiom, new ClassifierVerdict(LayeredDecision.IdiomOverrideCrisis - 0.01f, 0.2f, CrisisCategory.Suicide), low, null);
        asked.Level.ShouldBe(CrisisLevel.Concern);
        asked.CueIds.ShouldBe([CrisisAssessment.IdiomCue, LayeredDecision.ConcernCue]);
        LayeredDecision.Combine(idiom, new ClassifierVerdict(LayeredDecision.IdiomOverrideCrisis, 0f, CrisisCategory.Suicide), low, null)
            .Level.ShouldBe(CrisisLevel.Crisis);
        // The same probability on a message with no idiom is a crisis at the ordinary cut-off.
        LayeredDecision.Combine(None, new ClassifierVerdict(LayeredDecision.IdiomOverrideCrisis - 0.01f, 0.2f, CrisisCategory.Suicide), low, null)
            .Level.ShouldBe(CrisisLevel.Crisis);
    }

    [Fact]
    public void NoneWithHighFlagProbability_BecomesConcern()
    {
        var a = LayeredDecision.Combine(None, new ClassifierVerdict(0.3f, 0.4f, CrisisCategory.Suicide), T, null);
        a.Level.ShouldBe(CrisisLevel.Concern);
        a.CueIds.ShouldBe([LayeredDecision.ConcernCue]);
    }

    [Fact]
    public void BelowBothThresholds_KeepsRuleVerdict()
    {
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.Suicide, ["suicide.hopeless"]);
        LayeredDecision.Combine(rules, new ClassifierVerdict(0.5f, 0.4f, CrisisCategory.Suicide), T, null).ShouldBeSameAs(rules);
        LayeredDecision.Combine(None, new ClassifierVerdict(0.1f, 0.2f, CrisisCategory.Suicide), T, null).ShouldBeSameAs(None);
    }

    [Fact]
    public void ClassifierConcernRightAfterCrisis_KeepsTheRulesMemoryVerdict()
    {
        var recent = RiskMemory.Empty.After(new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.SelfHarm, ["x"]));
        var rules = new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.SelfHarm, ["mem.after_crisis"]);
        LayeredDecision.Combine(rules, new ClassifierVerdict(0.3f, 0.4f, CrisisCategory.Suicide), T, recent).ShouldBeSameAs(rules);
        var raised = LayeredDecision.Combine(rules, new ClassifierVerdict(0.9f, 0f, CrisisCategory.Suicide), T, recent);
        raised.Level.ShouldBe(CrisisLevel.Crisis);
        raised.Category.ShouldBe(CrisisCategory.SelfHarm);
        raised.CueIds.ShouldBe(["mem.after_crisis", LayeredDecision.CrisisCue]);
    }

    [Fact]
    public void ClassifierConcernLongAfterCrisis_StaysConcern()
    {
        var old = new RiskMemory(CrisisLevel.Crisis, CrisisCategory.Suicide, 0, 10);
        LayeredDecision.Combine(None, new ClassifierVerdict(0.3f, 0.4f, CrisisCategory.Suicide), T, old).Level.ShouldBe(CrisisLevel.Concern);
    }
}
