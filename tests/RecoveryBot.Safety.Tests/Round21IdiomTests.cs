using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-21 idioms (dialogs/safety/lexicon.idioms-18.yaml, from the errors on seven blind sets: being beaten at a game,
/// dropping a child off, pills that are hard to swallow, painted nails, "would die for" food, a laughing "thought i
/// was gonna die", a trivial reason after "gonna kill me", a schedule that "will kill us", drowned houseplants, a
/// thank-you letter to a sponsor, someone else's loss, a bottle of shampoo) never mask real intent elsewhere in the
/// message (SAFETY-NOTES §7 rule 5), and each idiom alone is read as an idiom. Sentences are new, not copied from the
/// blind sets.
/// </summary>
public sealed class Round21IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("my nephew beat me at uno again. after that my boyfriend beat me and hes still here yelling")]
    [InlineData("dropped my son at school then took the whole bottle of my xanax in the car")]
    [InlineData("these pills are huge, so hard to swallow, but i took 30 of my xanax an hour ago")]
    [InlineData("my daughter painted my nails blue. my husband is not breathing and his lips are gray")]
    [InlineData("id die for some tacos. honestly i want to kill myself tonight, the rope is ready")]
    [InlineData("my mom is gonna kill me, i dented her car. and my stepdad says hell kill me if i tell anyone what he does")]
    [InlineData("my plants keep dying, i think im drowning them. my son just fell in the pool and isnt breathing")]
    [InlineData("help me write a thank you card for my sponsor. i wont be around after tonight, i have the pills ready")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my granddaughter beat me at checkers three times")]
    [InlineData("dropped off the kids at daycare and now im at the clinic")]
    [InlineData("that was a hard pill to swallow honestly")]
    [InlineData("i would die for a slice of my grandmas pie")]
    [InlineData("the holiday schedule is gonna kill us all")]
    [InlineData("used the whole bottle of conditioner on my daughters hair")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();

    [Theory]
    [InlineData("the part of me that wants to stay alive is almost gone")]
    [InlineData("what happens if someone takes a bunch of their sleeping pills, asking bc i just did")]
    [InlineData("sitting in the truck waiting for him with a knife")]
    [InlineData("mi padrastro dice que me mata si le digo a alguien")]
    [InlineData("haven't kept anything down in three days and i pass out when i stand up")]
    public void Round21Family_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);
}
