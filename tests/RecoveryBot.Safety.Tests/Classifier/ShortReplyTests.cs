using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// One- or two-word replies: the classifier may raise them to a check-in but never to a crisis on its own; the rules
/// still read them (kms, 💊💊💊).
/// </summary>
public sealed class ShortReplyTests
{
    [Theory]
    [InlineData("tonight")]
    [InlineData("ya no")]
    [InlineData("a veces")]
    [InlineData("  idk!! ")]
    [InlineData("don't know")]
    [InlineData("🪢 ready")]
    [InlineData("")]
    public void OneOrTwoWords_AreShort(string text) => ShortReply.Is(text).ShouldBeTrue();

    [Theory]
    [InlineData("not using right now")]
    [InlineData("💊💊💊")]
    [InlineData("im done with everything")]
    [InlineData("🌉 tonight bye")]
    public void ThreeOrMoreWords_AreNot(string text) => ShortReply.Is(text).ShouldBeFalse();

    [Fact]
    public void AShortReply_IsRaisedToConcernAtMost()
    {
        var t = new LayerThresholds(0.4f, 0.5f);
        var v = new ClassifierVerdict(0.9f, 0.05f, CrisisCategory.Suicide);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, v, t, null, MessageSize.Short).Level.ShouldBe(CrisisLevel.Concern);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, v, t, null, MessageSize.Normal).Level.ShouldBe(CrisisLevel.Crisis);
    }

    [Fact]
    public void AShortReply_NeedsTheHigherFlagForACheckIn()
    {
        var t = new LayerThresholds(0.4f, 0.36f);
        var between = new ClassifierVerdict(0.05f, ShortReply.MinFlag - 0.06f, CrisisCategory.Suicide);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, between, t, null, MessageSize.Short).Level.ShouldBe(CrisisLevel.None);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, between, t, null, MessageSize.Normal).Level.ShouldBe(CrisisLevel.Concern);
        var above = new ClassifierVerdict(0.05f, ShortReply.MinFlag - 0.05f, CrisisCategory.Suicide);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, above, t, null, MessageSize.Short).Level.ShouldBe(CrisisLevel.Concern);
    }

    [Fact]
    public void AShortReplyWithACrisisScoreButALowFlag_IsNotRaised()
    {
        var t = new LayerThresholds(0.35f, 0.46f);
        var v = new ClassifierVerdict(0.40f, 0.05f, CrisisCategory.Suicide);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, v, t, null, MessageSize.Short).ShouldBeSameAs(CrisisAssessment.NoRisk);
    }

    [Theory]
    [InlineData("a veces")]
    [InlineData("idk")]
    [InlineData("kinda")]
    [InlineData("not at all")]
    [InlineData("stop waiting")]
    [InlineData("cancel")]
    public void ScreeningAnswersAndCommands_AreNotRaised(string text) =>
        ClassifierPaths.Layered.Assess(text, null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void AShortReplyTheRulesCallCrisis_StaysCrisis() =>
        ClassifierPaths.Layered.Assess("kms tonight", null).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("tonight")]
    [InlineData("ya no")]
    public void AnOrdinaryShortAnswer_IsNoLongerAnAlarm(string text) =>
        ClassifierPaths.Layered.Assess(text, null).Level.ShouldNotBe(CrisisLevel.Crisis);
}
