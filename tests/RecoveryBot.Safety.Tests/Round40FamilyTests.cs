using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round 40, from holdout-142..-147 once read. Crisis families (lexicon.families-41.yaml): a decision not to be around
/// for a coming date, a drink holding methadone and drowsiness after it (also across sentences), the people who
/// laughed at someone "gonna be on the news", a relative held locked in with a threat if anyone calls, climbing a roof
/// to throw oneself off. Idioms (lexicon.idioms-39.yaml): first-aid questions asked ahead of time, the signs of an
/// overdose against being high, fentanyl through the skin asked about, a polar plunge, a crush, a dealer at game night,
/// a spoiled surprise, a referee, a relative's anger over a small thing, a performance to "murder", lying down on a
/// couch. A bare "mamá/papá me va a matar" is no longer an idiom (it hid a parent's real threat); the danger beside
/// each idiom stays crisis. Sentences are new, not copied from the labelled sets.
/// </summary>
public sealed class Round40FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("i already decided i wont be around for christmas so dont buy me anything", CrisisCategory.Suicide)]
    [InlineData("ya decidí que no voy a estar para año nuevo, ya no compren nada para mí", CrisisCategory.Suicide)]
    [InlineData("my 4 year old drank from a sippy cup that had my methadone in it and now hes really sleepy", CrisisCategory.Overdose)]
    [InlineData("mi niña se tomó un trago de la botella que tenía la metadona de su papá, ahora está muy dormida y respira lento", CrisisCategory.Overdose)]
    [InlineData("all the kids who bullied me in gym are gonna be on the news monday", CrisisCategory.HarmOthers)]
    [InlineData("todos los que me humillaron en el trabajo van a salir en el noticiero mañana", CrisisCategory.HarmOthers)]
    [InlineData("mi padrastro tiene a mi hermanita encerrada en el cuarto y dice que si llamo a alguien la mata", CrisisCategory.AbuseDanger)]
    [InlineData("my uncle has my cousin locked in the basement and says he'll kill him if she calls anyone", CrisisCategory.AbuseDanger)]
    [InlineData("esta noche me voy a subir a la azotea y tirarme, ya no aguanto más", CrisisCategory.Suicide)]
    [InlineData("me voy a subir a la terraza para lanzarme cuando todos duerman", CrisisCategory.Suicide)]
    public void NewCrisisFamily_IsCrisisWithItsCategory(string text, CrisisCategory category)
    {
        var result = Assess(text);
        result.Level.ShouldBe(CrisisLevel.Crisis);
        result.Category.ShouldBe(category);
    }

    [Theory]
    [InlineData("what do i do if someone is overdosing at a party, just want to know in case")]
    [InlineData("what are the signs a person is overdosing vs just being high")]
    [InlineData("can fentanyl get into you just from touching a dollar bill? i keep seeing posts")]
    [InlineData("my daughter is doing the polar plunge for charity, that water is gonna kill her lol")]
    [InlineData("im gonna die if my crush texts me back tonight")]
    [InlineData("the dealer at game night took all my chips in like ten minutes")]
    [InlineData("my brother is gonna kill me, i accidentally spoiled the ending of his show")]
    [InlineData("ref wants us dead, 12 fouls in the first quarter")]
    [InlineData("mi hermano me va a matar porque le borré su partida")]
    [InlineData("i'm gonna kill my roommate, she ate my leftovers again")]
    [InlineData("i'm about to murder this audition")]
    [InlineData("lo único que quiero es tirarme en la cama y desaparecer del mapa hasta el lunes")]
    [InlineData("i won't be around for christmas this year, working doubles at the hospital")]
    public void NewIdiomOrNearMiss_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("what do i do if my friend is overdosing right now, hes not breathing")]
    [InlineData("how do i tell if she is overdosing or just high, her lips are blue and she wont wake up")]
    [InlineData("i touched fentanyl at work and now im dizzy and cant breathe")]
    [InlineData("he went through the ice at the plunge and hes not breathing")]
    [InlineData("im gonna die if he finds me, he said he'd kill me tonight")]
    [InlineData("my husband is gonna kill me, i accidentally told my mom what he did and hes on his way home with his gun")]
    [InlineData("mi papá me va a matar porque le dije a la maestra lo que me hace, tiene el cinturón en la mano")]
    [InlineData("im gonna kill my brother tonight, he took my kid, i have my gun")]
    [InlineData("the ref is outside in the parking lot with a gun and says he wants me dead")]
    [InlineData("quiero tirarme del edificio y desaparecer para siempre")]
    [InlineData("mi papá me va a matar, está borracho y tiene el cuchillo")]
    public void DangerBesideAnIdiom_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);
}
