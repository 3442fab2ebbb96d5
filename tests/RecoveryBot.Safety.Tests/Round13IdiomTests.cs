using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-13 idioms (dialogs/safety/lexicon.idioms-10.yaml: funeral wishes said lightly, "dead silent" and a shot or beat
/// that "dropped", ER shift stories, a wheelchair pushed kindly, a teacher's disclosure question, a Spanish pet "lo voy
/// a matar jaja") never mask real intent elsewhere in the message (SAFETY-NOTES §7 rule 5), and the round-13 families
/// (lexicon.families-10.yaml, concept and combo "# round 13") are crisis or concern as labelled. Sentences are new, not
/// copied from holdout-12.
/// </summary>
public sealed class Round13IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("when i die bury me in my jersey. and honestly i want to die tonight, i have the pills ready")]
    [InlineData("the room went dead quiet when i said it, and im going to kill myself after this meeting")]
    [InlineData("worked a double, a lady who swallowed a button, and now im home and i want to die tonight")]
    [InlineData("a neighbor pushed me up the ramp, but my husband said he will kill me when i get home and he has a gun")]
    [InlineData("el gato rompió mi taza, lo voy a matar jaja. pero en serio ya no quiero vivir, hoy me mato")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("when im gone play my 90s playlist at the funeral and dont let uncle ray speak")]
    [InlineData("the new album dropped at midnight and the gym went dead silent")]
    [InlineData("pulled a night shift, a kid who swallowed a magnet, all fine, going to bed")]
    [InlineData("my grandson pushed my wheelchair the whole way to the parade")]
    [InlineData("as a soccer coach what should i say if a player tells me shes hurting herself")]
    [InlineData("mi perrito se comió mis audífonos, lo voy a matar jajaja")]
    public void IdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my roommate has a rope in his closet and told me its for himself")]
    [InlineData("copping a bundle and doing it in the woods where nobody can find me")]
    [InlineData("i dont even want more mornings")]
    [InlineData("im burning again tonight when everyone is asleep")]
    [InlineData("if they deny my appeal im done, ill end it for good")]
    [InlineData("he is slamming doors and smashing plates, im next")]
    [InlineData("set the date. after thanksgiving so i dont wreck it for everyone")]
    public void Round13Family_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my cousin smokes fentanyl every day and says its fine")]
    [InlineData("came off my klonopin cold turkey, cant sleep and my heart is racing")]
    public void Round13Concern_IsAtLeastConcern(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.None);
}
