using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-18 idioms (dialogs/safety/lexicon.idioms-15.yaml: a barber's "fresh cut", "bleeding me dry", someone who will
/// "have a heart attack when she sees", a heart that "sank when i read the bill", Spanglish "dying por", "la voy a
/// matar de un susto", vanishing "mid convo", algospeak talked about as words, "nobody got hurt", whether 988 is only for
/// suicide, what naloxone works on, harm verbs aimed at office things, plants that "overdosed") never mask real intent
/// elsewhere in the message (SAFETY-NOTES §7 rule 5); the refusal and condition pseudo-negations in context.yaml no
/// longer turn a danger into a denial; "not planning on existing" is read as intent. Sentences are new, not copied from
/// the holdouts.
/// </summary>
public sealed class Round18IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("my barber gave me a fresh cut today. also i took the whole bottle of my sleeping pills an hour ago")]
    [InlineData("this rent is bleeding me dry and honestly i want to kill myself tonight")]
    [InlineData("my dads gonna have a heart attack when he sees my grades. anyway i have the rope ready for tonight")]
    [InlineData("im dying por unas pupusas. y ya no quiero vivir, esta noche me aviento del puente")]
    [InlineData("if i vanish mid convo its my wifi. but i have the pills lined up and im taking them all tonight")]
    [InlineData("what does kms mean? asking because i want to kill myself and i have the gun here")]
    [InlineData("nobody got hurt at practice but my husband is choking me right now help")]
    [InlineData("is 988 only for suicide? because i want to die tonight and i have the pills in my hand")]
    [InlineData("im going to strangle this printer. also my son is not breathing and his lips are blue")]
    [InlineData("my tomato plants overdosed on fertilizer lol. i swallowed 30 of my moms oxys an hour ago")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("la voy a matar de un susto con la noticia jaja")]
    [InlineData("my grandma is gonna have a stroke when she finds out i dyed my hair green")]
    [InlineData("got a nice cut at the salon, feeling cute")]
    [InlineData("my heart sank when i read the bill from the vet")]
    [InlineData("my cousin keeps saying kys because of tiktok, what does it even mean")]
    [InlineData("we worked the overnight and nobody was injured, quiet shift")]
    [InlineData("is the crisis line just for suicidal people or can i call about cravings")]
    [InlineData("does naloxone work on benzos or only opioids")]
    [InlineData("im about to murder this excel macro")]
    public void IdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("when i told him no he threw me into the wall and hes still in the house yelling")]
    [InlineData("if she doesnt text back by midnight im ending it for real this time")]
    [InlineData("not planning on existing by friday, already wrote the letters")]
    public void RefusalConditionAndExistence_AreCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("i told him no and i am not going to kill myself")]
    [InlineData("if she doesnt call me back i wont hurt myself, i promise")]
    public void ARealNegationBesideTheNewPseudoNegations_StaysConcern(string text) =>
        Assess(text).Level.ShouldBe(CrisisLevel.Concern);
}
