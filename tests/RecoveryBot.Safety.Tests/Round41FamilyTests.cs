using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round 41, from holdout-148..-153 once read. Crisis families (lexicon.families-42.yaml): riding out to Fiddler's
/// Green, punching one's ticket, not seeing oneself past a day with arrangements made, not being around for the next
/// one, a last run with the truck left to collect (across sentences), letting the water have me, explosives set on
/// someone's truck, nobody asking questions if a man "fell", doses saved to take at once, peace made with a last week,
/// a strap tied to a beam, vomiting blood. Idioms (lexicon.idioms-40.yaml), and "punch my ticket" no longer read as
/// harm done to a work thing (idioms-15); the danger beside each idiom stays crisis. Sentences are new, not copied from
/// the labelled sets.
/// </summary>
public sealed class Round41FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("saddled up, riding out to fiddler's green tonight boys", CrisisCategory.Suicide)]
    [InlineData("its time i punch my ticket, said my goodbyes already", CrisisCategory.Suicide)]
    [InlineData("honestly i dont see myself being around after christmas, made arrangements for the dog", CrisisCategory.Suicide)]
    [InlineData("just not gonna be around for next semester, already gave my stuff away", CrisisCategory.Suicide)]
    [InlineData("this is my last haul. dispatch can come get the truck at the truck stop in amarillo, keys are in the visor", CrisisCategory.Suicide)]
    [InlineData("standing on the ferry deck thinking about letting the water take me", CrisisCategory.Suicide)]
    [InlineData("im gonna put a couple sticks of dynamite under the foreman's truck tonight", CrisisCategory.HarmOthers)]
    [InlineData("nobody would ask questions if the foreman slipped off the scaffold tomorrow", CrisisCategory.HarmOthers)]
    [InlineData("llevo guardando las pastillas todo el mes, mañana me las tomo todas de una", CrisisCategory.Overdose)]
    [InlineData("been saving up my seroquel for a month, gonna take them all at once tonight", CrisisCategory.Overdose)]
    [InlineData("no estoy triste eh, solo que ya hice las paces con que esta será mi última navidad", CrisisCategory.Suicide)]
    [InlineData("ya até la soga a la viga del cuarto, nomás espero que se vayan", CrisisCategory.Suicide)]
    [InlineData("mi papá lleva 3 días sin tomar y está vomitando sangre", CrisisCategory.Medical)]
    [InlineData("if the sergeant major denies my leave again im bringing the glock to formation tomorrow", CrisisCategory.HarmOthers)]
    [InlineData("sitting in the cruiser with my service weapon, cant do this anymore", CrisisCategory.Suicide)]
    [InlineData("been cutting tonight and its way too deep, i cant get it to stop", CrisisCategory.SelfHarm)]
    public void NewCrisisFamily_IsCrisisWithItsCategory(string text, CrisisCategory category)
    {
        var result = Assess(text);
        result.Level.ShouldBe(CrisisLevel.Crisis);
        result.Category.ShouldBe(category);
    }

    [Theory]
    [InlineData("my cousin's voice memo, i cant breathe jajaja")]
    [InlineData("if i buy one more fishing rod she's gonna kill me lol")]
    [InlineData("si vuelvo a llegar tarde me cuelga jajaja")]
    [InlineData("got promoted to staff sergeant and my kids pinned my stripes on")]
    [InlineData("esta remodelación nos está matando, ya van dos meses sin cocina")]
    [InlineData("i'm gonna murder that smoke detector, it chirps every 30 seconds")]
    [InlineData("this deployment kicked my ass but we're home")]
    [InlineData("watched the paramedics revive a guy with narcan on my ride-along")]
    [InlineData("is narcan dangerous to have around a toddler")]
    [InlineData("im gonna kill her, she drew on the wall with crayon lol")]
    [InlineData("what do we do if she gets another febrile seizure")]
    [InlineData("mi suegra dice que la quiero envenenar jajaja porque le eché mucho chile")]
    [InlineData("tengo una sobredosis de tamales esta navidad")]
    [InlineData("the conductor forgot to punch my ticket lol")]
    [InlineData("meeting the guys at fiddler's green tonight for trivia")]
    [InlineData("checking out early from the conference, flight home at 4")]
    [InlineData("people dropped like flies at the 10k in that heat lol")]
    [InlineData("the new schedule finally dropped and i got weekends off")]
    public void NewIdiomOrNearMiss_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("i cant breathe, my throat is closing and my lips are swelling")]
    [InlineData("my wife said if i leave she's gonna shoot me, the gun is on the table")]
    [InlineData("mi esposo dijo que si vuelvo a llegar tarde me mata, y ya me pegó antes")]
    [InlineData("made sgt today and when i got home he pinned me to the wall and choked me")]
    [InlineData("mi esposo dice que nos va a matar a todos esta noche, tiene la pistola")]
    [InlineData("im gonna strangle my roommate when she gets home, i mean it, i have the rope")]
    [InlineData("my boyfriend beat me up this week and im scared to go home")]
    [InlineData("i watched them narcan my brother on the floor and hes still not breathing")]
    [InlineData("is narcan safe to give my son right now, hes blue and not breathing")]
    [InlineData("im gonna kill him tonight, he hit my daughter, i have the knife")]
    [InlineData("my kid is having a febrile seizure right now and its been 6 minutes")]
    [InlineData("mi esposo dice que lo quiero matar y me amenazó con el cuchillo")]
    [InlineData("creo que mi hermano tiene una sobredosis de pastillas, no despierta")]
    [InlineData("think its time i punch my ticket. been a good run")]
    [InlineData("thinking about checking out early tonight, the pills are lined up")]
    [InlineData("he dropped and isnt breathing, the heat got him")]
    public void DangerBesideAnIdiom_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);
}
