using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-10 idioms (dialogs/safety/lexicon.idioms-7.yaml) never mask real intent elsewhere in the message
/// (SAFETY-NOTES §7 rule 5), and the round-10 classes are crisis on their own. Sentences are new, not copied from
/// holdout-9.
/// </summary>
public sealed class Round10IdiomTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("my phone is about to die so this is goodbye, i took the whole bottle of my pills")]
    [InlineData("battery is dying and honestly i want to die too, tonight is the night")]
    [InlineData("la novela está de infarto pero ahorita me duele el pecho y el brazo izquierdo y no puedo respirar")]
    [InlineData("my grandma says she'll kill me if i skip thanksgiving but my boyfriend said he'll kill me tonight and he has a gun")]
    [InlineData("mi abuela me va a matar si no voy a la posada, y la verdad ya no quiero vivir, hoy me mato")]
    [InlineData("bought new blades for my skates but also a pack of razor blades i hid under my mattress for tonight")]
    [InlineData("got razor blades to shave but really theyre for tonight, hidden under my mattress")]
    [InlineData("i keep getting the urge to shove my ex off the balcony and last night i walked up behind her, i cant control it")]
    public void IdiomBesideRealIntent_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my phone is on 4% and about to die, call you later")]
    [InlineData("el partido estuvo de infarto, qué nervios")]
    [InlineData("my tía will murder me if i miss christmas eve again lol")]
    [InlineData("got new wiper blades, ill put them on later")]
    public void IdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the team lead messaged 'its been an honor, take care of each other' and now nobody can reach him")]
    [InlineData("mi compañera escribió 'fue un placer conocerlos, cuídense mucho' y nadie la localiza")]
    public void GroupFarewellThenUnreachable_IsCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);
}
