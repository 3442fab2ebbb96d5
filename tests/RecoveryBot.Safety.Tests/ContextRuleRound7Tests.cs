using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Rule changes made after holdout-6 (SAFETY-NOTES §7 rule 11 fail-safe, pseudo-negated disclaimers). Sentences are
/// new, not copied from the holdout file.
/// </summary>
public sealed class ContextRuleRound7Tests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("en serio no es broma, ya no quiero vivir")]
    [InlineData("this is not a joke, i want to kill myself")]
    public void DisclaimerInsidePseudoNegation_DoesNotLowerCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("me quiero morir pero es de broma")]
    [InlineData("i want to die lol jk")]
    public void RealDisclaimer_StillLowersToConcern(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("my roommate is still using and i'm worried about him")]
    [InlineData("tengo cicatrices en los brazos y no sé cómo explicarlas")]
    [InlineData("my girlfriend decides who i can see and checks my phone every night")]
    public void FailSafeVocabulary_AloneIsConcern(string text)
    {
        var a = Assess(text);
        a.Level.ShouldBe(CrisisLevel.Concern);
        a.CueIds.ShouldContain(id => id.StartsWith("failsafe.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("my roommate is still using, he's seeing his dealer tonight")]
    [InlineData("mi hijo dice que odia a sus maestros y esta noche no quiso cenar")]
    public void FailSafeVocabulary_WithTiming_IsNotEscalatedToCrisis(string text) =>
        Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("what are the signs that someone is relapsing")]
    [InlineData("what is the best cream for scars")]
    public void FailSafeVocabulary_InInfoFrame_IsNone(string text) => Assess(text).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void FailSafe_DoesNotHideARealCrisis() =>
        Assess("still using and i just took the whole bottle of my xanax").Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void FailSafeVocabularyAlone_RightAfterACrisis_StaysConcern()
    {
        var memory = RiskMemory.Empty.After(Assess("i want to kill myself tonight"));
        var a = RepoPaths.Detector.Assess("my brother is still using, idk", null, memory);
        a.Level.ShouldBe(CrisisLevel.Concern);
        a.CueIds.ShouldContain("mem.after_crisis");
    }

    [Fact]
    public void RealConcernCue_RightAfterACrisis_StillEscalates()
    {
        var memory = RiskMemory.Empty.After(Assess("i want to kill myself tonight"));
        RepoPaths.Detector.Assess("i just feel hopeless", null, memory).Level.ShouldBe(CrisisLevel.Crisis);
    }
}
