using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-20 idioms (dialogs/safety/lexicon.idioms-17.yaml, from the second set of hard negatives: Spanish "pegar" that
/// is a scolding or an accident, poison for pests, "sugar overdose", "drowning in paperwork", giving someone a heart
/// attack, grappling chokes, tool and toy guns, "almost dropped it", fainting from laughter, fees that "hit", the
/// suicide question practised in training, pets' seizures) never mask real intent elsewhere in the message
/// (SAFETY-NOTES §7 rule 5), and each idiom alone is read as an idiom. Sentences are new, not copied from the
/// training files.
/// </summary>
public sealed class Round20IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("el coach nos pegó una regañada y luego mi papá me pegó con el cinturón, sigue aquí gritando")]
    [InlineData("compré veneno para las cucarachas. también me voy a tomar todas las pastillas esta noche")]
    [InlineData("sugar overdose from the party lol. also i took 40 of my xanax an hour ago")]
    [InlineData("im drowning in paperwork and honestly i have the rope ready for tonight")]
    [InlineData("gave my boss a heart attack walking in early. and i want to kill myself tonight, i have the gun")]
    [InlineData("tapped to a rear naked choke at bjj. after class my husband choked me and hes still here")]
    [InlineData("the nail gun jammed. my brother has a real gun to his head right now")]
    [InlineData("i almost dropped it. my friend is not breathing and her lips are blue")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("mi mamá se desmayó de risa jaja")]
    [InlineData("got hit with a late fee on my rent again")]
    [InlineData("we practiced asking are you thinking about suicide in the training today")]
    [InlineData("my cats seizures are back, vet appointment tomorrow")]
    [InlineData("the squirt gun fight at the bbq got out of hand lol")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
