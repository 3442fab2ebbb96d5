using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-23 families and idioms (dialogs/safety/lexicon.families-18.yaml and lexicon.idioms-20.yaml, from the errors
/// on holdout-48..50): a time chosen for when everyone is asleep, things given back "i wont be needing them", pills
/// gathered so nobody notices, knowing how one's story ends "and its soon"; and the idioms (a relative's saying, a
/// parent who will not bathe, jumping out of one's skin) never mask real intent elsewhere in the message
/// (SAFETY-NOTES §7 rule 5). A hiding person's typo ("hidding") is no longer read as "kidding". Sentences are new,
/// not copied from the blind sets.
/// </summary>
public sealed class Round23FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("waiting till the house is asleep, then ill go through with it")]
    [InlineData("handed my sister my keys and my coin, i wont need them after tonight")]
    [InlineData("got the sleeping pills from two different pharmacies so nobody would notice")]
    [InlineData("i know how this whole thing ends and its soon")]
    [InlineData("hes got the knife out and says hes gonna kill me, im hidding in the closet")]
    public void Round23Family_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my nanas favorite line is ill die before i let you pay. also i took all my pills an hour ago")]
    [InlineData("mom with dementia wont shower again. and i have the rope ready for tonight")]
    [InlineData("jumped out of my skin when the door slammed, he is back and says he will kill me tonight")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my grandpas favorite saying is id die before i wear a seatbelt")]
    [InlineData("dad with alzheimers refuses to take a bath, any tips")]
    [InlineData("the smoke detector chirped at 2am and i jumped out of my skin")]
    [InlineData("my supervisor is gonna murder me if i miss another deadline lol")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
