using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-26 context words and idioms (dialogs/safety/lexicon.families-22.yaml and lexicon.idioms-23.yaml, from the
/// rules' over-alarms on holdout-54..59): a denial of any action ("i would never do anything"), an urge resisted with
/// what the person did instead, old scars seen today, self-killing slang after a trivial stated trigger, an overdose
/// years ago that still frightens (a combo's own "still" no longer cancels its history), and the idioms ("dying to",
/// a dropped call, drowning in flashcards, "attacked me personally", a question about what the slang means, a food
/// coma). Each keeps the danger beside it: timing, ingestion, an attempt, or cutting now stays crisis (SAFETY-NOTES §6
/// and §7 rule 5). Sentences are new, not copied from the blind sets.
/// </summary>
public sealed class Round26FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("missed the bus again, gonna kms tonight after everyone is asleep")]
    [InlineData("lowkey want to kms fr, nobody would notice")]
    [InlineData("i would never do anything but tonight i swallowed all my pills")]
    [InlineData("i tried to end it last night but i didnt die, and i still want to")]
    [InlineData("i have old scars but i just cut again right now and its bleeding a lot")]
    [InlineData("my friend called me screaming that her dad is hitting her with a belt")]
    [InlineData("dying to tell my mom the news, but tonight i take every pill i have")]
    [InlineData("the wifi dropped again. anyway i have the rope ready for tonight")]
    public void DangerBesideTheNewReadings_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("burnt the pie for the in-laws kms")]
    [InlineData("lost my badge again, unaliving myself")]
    [InlineData("sometimes i think it would be easier to not exist but i would never do anything, my dog needs me")]
    [InlineData("the urge to cut came back this morning but i didnt, called my sponsor instead")]
    [InlineData("od'd in 2020 and im still nervous to sleep alone")]
    [InlineData("i have scars on my wrists from college and a student asked about them today")]
    [InlineData("a veces pienso en desaparecer pero no haría nada, mis hijos me necesitan")]
    public void Round26InBetween_IsConcern(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("dying to see my grandkids at christmas")]
    [InlineData("the zoom call dropped three times during my interview")]
    [InlineData("drowning in charting after a double shift")]
    [InlineData("that tweet about procrastinating attacked me personally")]
    [InlineData("my son asked me what kms means, is it bad")]
    [InlineData("ate too much stuffing, im dead on the couch")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
