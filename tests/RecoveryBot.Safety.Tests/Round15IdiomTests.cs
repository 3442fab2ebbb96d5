using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-15 idioms (dialogs/safety/lexicon.idioms-12.yaml: a drink on a recovery medicine, "me va a matar cuando vea…
/// jaja", a goodbye letter to one's addiction, "me quería morir de la vergüenza") never mask real intent elsewhere in
/// the message (SAFETY-NOTES §7 rule 5), and the round-15 families (lexicon.families-12.yaml) are read as labelled,
/// including withdrawal signs that "won't stop". Sentences are new, not copied from holdout-15.
/// </summary>
public sealed class Round15IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("can i drink on naltrexone? doesnt matter, i already took the whole bottle of it")]
    [InlineData("mi papá me va a matar cuando vea el carro jaja. pero ya no quiero vivir, hoy me mato")]
    [InlineData("writing a goodbye letter to my addiction, and one to my kids, i wont be here tomorrow, i have the gun")]
    [InlineData("me quería morir de la vergüenza. y ahora sí me quiero morir, tengo las pastillas")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("is it safe to have a beer while on antabuse")]
    [InlineData("mi abuela me va a matar cuando vea mi tatuaje jajaja")]
    [InlineData("my counselor wants a letter to my younger self by friday")]
    [InlineData("me quería morir de la risa con ese video")]
    public void IdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("copped a bundle, no tolerance, not planning on coming back from this one")]
    [InlineData("how long do people take to stop missing you, asking cause im leaving soon")]
    [InlineData("day 3 no drinks, my hands wont stop shaking and i see bugs on the wall")]
    public void Round15Family_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);
}
