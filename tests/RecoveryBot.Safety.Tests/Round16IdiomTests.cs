using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-16 idioms (dialogs/safety/lexicon.idioms-13.yaml: a letter for the judge, blue lips for a costume, joints that
/// "are shot", a heart attack on a plate, "overdosed on k-dramas") never mask real intent elsewhere in the message
/// (SAFETY-NOTES §7 rule 5), and the round-16 families (lexicon.families-13.yaml) keep negation words inside a danger
/// from lowering it. Sentences are new, not copied from holdout-16.
/// </summary>
public sealed class Round16IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("help me write a letter to my landlord. after that i want to die, i have the pills ready tonight")]
    [InlineData("the costume has blue lips, but my brother really has blue lips now and wont wake up")]
    [InlineData("my back is shot from work and im going to kill myself tonight")]
    [InlineData("overdosed on netflix lol. for real though i took the whole bottle an hour ago")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("can you help me with a letter for my probation officer")]
    [InlineData("doing zombie makeup with purple lips for the party")]
    [InlineData("my shoulders are fried from painting the ceiling")]
    [InlineData("this pizza is a heart attack in a box and i love it")]
    [InlineData("i overdosed on christmas music already and its november")]
    public void IdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("i cant stop cutting tonight, theres blood everywhere")]
    [InlineData("at peace now that i decided. you wont have to worry about me after tonight")]
    [InlineData("dame una razón para no matarme hoy")]
    public void Round16Family_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);
}
