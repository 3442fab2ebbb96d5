using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>SAFETY-NOTES §4.2 / §7 rules 4–7, one scenario per test.</summary>
public sealed class ContextRuleTests
{
    private static CrisisAssessment Assess(string text, RiskMemory? memory = null) =>
        RepoPaths.Detector.Assess(text, null, memory);

    [Theory]
    [InlineData("relax, i'm not suicidal")]
    [InlineData("i'm not going to kill myself")]
    [InlineData("i would never hurt myself")]
    public void NegatedMention_IsConcernNeverNone(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("i don't want to live anymore")]
    [InlineData("there is no reason to live")]
    [InlineData("i can't go on like this")]
    public void NegationInsideRiskPhrase_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("not gonna lie i want to die")]
    [InlineData("ngl i want to kill myself")]
    [InlineData("no cap i wanna die")]
    public void PseudoNegation_IsIgnored(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void HistoricalAttempt_IsConcern() =>
        Assess("i tried to kill myself when i was 19, im 34 now").Level.ShouldBe(CrisisLevel.Concern);

    [Fact]
    public void RecentAttempt_IsCrisis() =>
        Assess("i tried to kill myself last night").Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void AskingForAFriend_IsConcern() =>
        Assess("what happens if someone takes 10 xanax? asking for a friend").Level.ShouldBe(CrisisLevel.Concern);

    [Fact]
    public void ConditionalThreat_IsCrisis() =>
        Assess("if i use again i'm ending it").Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void BystanderSigns_AreOverdoseCrisis()
    {
        var a = Assess("my friend won't wake up and his lips are blue, we were using");
        a.Level.ShouldBe(CrisisLevel.Crisis);
        a.Category.ShouldBe(CrisisCategory.Overdose);
    }

    [Fact]
    public void IdiomAlone_IsNoneReadAsAnIdiom() => Assess("this workout is killing me").ShouldBeSameAs(CrisisAssessment.IdiomOnly);

    [Fact]
    public void IdiomWithRealCue_StillCrisis() =>
        Assess("this craving is killing me but i have the pills lined up").Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void SuicidalIntentByIngestion_IsCategorisedOverdose()
    {
        var a = Assess("i want to die so i took 30 of my sleeping pills");
        a.Level.ShouldBe(CrisisLevel.Crisis);
        a.Category.ShouldBe(CrisisCategory.Overdose);
    }

    [Fact]
    public void BuriedCrisis_IsFound() =>
        Assess("thanks for the list. took 40 gabapentin. what time is thursday's meeting?").Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void TrivialTriggerJoke_IsConcern() =>
        Assess("forgot my meds again kms lol").Level.ShouldBe(CrisisLevel.Concern);

    [Fact]
    public void BareDeathWishWithLol_StaysCrisis() => Assess("lol i wanna die").Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("how does narcan work")]
    [InlineData("what is the suboxone dose for induction")]
    [InlineData("what state has the highest suicide rate")]
    [InlineData("overdosed on netflix this weekend")]
    [InlineData("what are the signs of an overdose")]
    public void InformationAndTraps_AreNone(string text) => Assess(text).Level.ShouldBe(CrisisLevel.None);

    [Theory]
    [InlineData("me quiero morir")]
    [InlineData("no quiero vivir")]
    [InlineData("mi hermano no respira, tiene los labios morados")]
    public void Spanish_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("me muero de hambre")]
    [InlineData("me corté el pelo")]
    public void SpanishIdioms_AreNone(string text) => Assess(text).Level.ShouldBe(CrisisLevel.None);
}
