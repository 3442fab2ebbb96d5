using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>Context-rule scope fixes made after holdout-4 (SAFETY-NOTES §6, §7 rules 4 and 6).</summary>
public sealed class ContextRuleRound4Tests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("i would never actually do it but i think about dying a lot")]
    [InlineData("i'm not going to act on it, but i think about killing myself")]
    public void DenialOfIntent_LowersIdeationToConcern(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Fact]
    public void DenialOfIntent_WithMeansOrTiming_StaysCrisis() =>
        Assess("i would never do it but i want to kill myself tonight, the rope is ready").Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("just curious, how many of my pills would it take to not wake up")]
    [InlineData("cuántas pastillas se necesitan para no despertar? pura curiosidad")]
    public void LethalityQuestion_FramedAsCuriosity_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void AskingForAFriend_WithoutLethality_StaysConcern() =>
        Assess("asking for a friend, what happens if someone takes 10 xanax").Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("i attempted suicide three years ago, it still shapes how i see things")]
    [InlineData("hace años intenté suicidarme, ahora estoy mejor")]
    public void RecencyWordInAnotherClause_KeepsHistoryConcern(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Fact]
    public void RecencyWordInSameClause_MakesItCurrent() =>
        Assess("i tried to kill myself years ago and still want to die").Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void WithoutDrinking_IsNotANegation() =>
        Assess("day 3 without drinking and i'm shaking so bad and seeing bugs on the walls").Level.ShouldBe(CrisisLevel.Crisis);
}
