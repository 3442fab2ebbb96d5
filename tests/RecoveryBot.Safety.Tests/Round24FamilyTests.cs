using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-24 families and idioms (dialogs/safety/lexicon.families-19.yaml and lexicon.idioms-21.yaml, from the errors
/// on holdout-51..53): not deserving to live, a threat to break one's legs today, one's own obituary or slideshow,
/// family "happier if i wasnt around", an attempt this week and "i wish he hadnt found me"; and the idioms (cutting
/// drywall, relapse as "part of the story", "pray for me" before a visit, sore after leg day, a stove left on, a
/// volunteer asking what to say, a first-aid question, a child fine after stitches) never mask real intent elsewhere
/// in the message (SAFETY-NOTES §7 rule 5). Sentences are new, not copied from the blind sets.
/// </summary>
public sealed class Round24FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("i really dont deserve to be alive after what i did to my kids")]
    [InlineData("the guys i owe texted me, said theyre gonna break my arms tonight")]
    [InlineData("finished writing my own obituary, it was short")]
    [InlineData("honestly my kids would be better off if i wasnt around anymore")]
    [InlineData("took the pills on sunday and my roommate called 911. i wish she hadnt found me")]
    [InlineData("cuttin again rn")]
    public void Round24Family_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("cutting drywall all week. tonight im going to kill myself, the rope is in the garage")]
    [InlineData("my sponsor says relapse is part of recovery. i relapsed and took all my pills an hour ago")]
    [InlineData("leg day tomorrow, im gonna be dead. honestly i want to die tonight, i have the gun")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("spent the weekend cutting tile for the bathroom")]
    [InlineData("in-laws are staying the whole week, pray for me lol")]
    [InlineData("my husband left the oven on again, hes gonna burn the house down one day")]
    [InlineData("if a client tells me they relapsed what should i say first")]
    [InlineData("what should i do if i find someone passed out at the bus stop")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
