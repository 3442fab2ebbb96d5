using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-19 idioms (dialogs/safety/lexicon.idioms-16.yaml, from hard negatives: chat-end and last-day goodbyes,
/// "gonna kill me" for a trivial reason, Spanish "pegar" that hits no person, "la chamba me mató", stroke and seizure
/// words in study and statistics, "my heart sank", "almost passed out", dead links, rope swings, "shoot me a text",
/// "sorry for not answering", pets that ate a shoe) never mask real intent elsewhere in the message (SAFETY-NOTES §7
/// rule 5), and each idiom alone is not an alarm. Sentences are new, not copied from the training files.
/// </summary>
public sealed class Round19IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("last message from me for today, i swallowed everything in my pill organizer an hour ago")]
    [InlineData("today was my last day at the plant. i have the gun in my truck and im not coming home")]
    [InlineData("my aunt is gonna kill me lol. also my boyfriend is strangling me right now")]
    [InlineData("mi hijo le pegó al balón y luego mi esposo me pegó con el cinturón, está aquí todavía")]
    [InlineData("la chamba me mató hoy. ya no quiero vivir, me voy a tomar todas las pastillas esta noche")]
    [InlineData("studying stroke signs for my exam. also my dads face is drooping and he cant lift his arm right now")]
    [InlineData("my heart sank when i saw the bill. and i took 50 tylenol an hour ago")]
    [InlineData("sorry for not answering, my son isnt breathing and his lips are blue")]
    [InlineData("this is my last text for tonight, goodbye everyone, i wont be here tomorrow")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the link in your last message is broken btw")]
    [InlineData("my last day at the bank is friday, they are throwing me a party")]
    [InlineData("my coach is gonna kill us at practice with sprints lol")]
    [InlineData("esa rola se me pegó todo el día jaja")]
    [InlineData("el trabajo me está matando esta semana")]
    [InlineData("how common are seizures in dogs")]
    [InlineData("stroke of genius, i finally fixed the sink")]
    [InlineData("we almost passed out from the smell in the locker room")]
    [InlineData("rope lights for the patio look great")]
    [InlineData("sorry for not replying, busy day")]
    [InlineData("mi perro se comió un zapato otra vez")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();

    [Fact]
    public void AMessageWithNoIdiom_IsPlainNoRisk() => Assess("what time is group on thursday").ShouldBeSameAs(CrisisAssessment.NoRisk);
}
