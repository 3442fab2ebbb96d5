using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round 39, from holdout-136..-141 once read. Crisis families (lexicon.families-40.yaml): "darse piso" and "darle piso"
/// (Mexican slang for killing oneself or someone), how long it takes to die (asked in Spanish, even with the generic
/// "you"), hitting someone so they do not get back up, making someone's brakes fail, a last sunrise with a gun. Context
/// (context.yaml): a conditional threat whose condition holds a negation ("if the game doesnt hit tonight im walking into
/// the lake") stays a threat, and an intrusive thought someone "cant make stop" is had, not denied. Medical
/// (lexicon.en-danger.yaml, lexicon.es.yaml): a seizure and an EpiPen are an emergency as an event now, not as the
/// words of routine care, and an allergen then a tight throat or a hoarse voice is one. Idioms (lexicon.idioms-38.yaml
/// and the lists it widens). Sentences are new, not copied from the labelled sets.
/// </summary>
public sealed class Round39FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("ya me quiero dar piso, nadie me va a extrañar en esta casa", CrisisCategory.Suicide)]
    [InlineData("ese vato me robó la troca, le vamos a dar piso hoy en la noche", CrisisCategory.HarmOthers)]
    [InlineData("cuánto tarda una persona en morir si se encierra en el carro con el motor prendido", CrisisCategory.Suicide)]
    [InlineData("si te metes a la cámara fría cuánto tardas en congelarte? no es broma", CrisisCategory.Suicide)]
    [InlineData("where do you punch a dude so he wont get back up, he owes me 2k", CrisisCategory.HarmOthers)]
    [InlineData("how do i make her boyfriend's brakes go out on the highway without it looking like me", CrisisCategory.HarmOthers)]
    [InlineData("watching the last sunrise i'll ever see, the rifle is next to me", CrisisCategory.Suicide)]
    [InlineData("if my wife doesnt call back by 10 im driving into the river", CrisisCategory.Suicide)]
    [InlineData("if the pharmacy wont refill it tomorrow im taking the whole bottle", CrisisCategory.Overdose)]
    [InlineData("my brain keeps telling me to jump off the balcony and i cant make it stop, im scared", CrisisCategory.Suicide)]
    [InlineData("he ate a brownie with walnuts, hes allergic and his lips are swelling, we left the epipen in the car", CrisisCategory.Medical)]
    [InlineData("mi sobrino es alérgico al cacahuate y se le está cerrando la garganta", CrisisCategory.Medical)]
    [InlineData("mi papá tiene convulsiones desde anoche que dejó el trago", CrisisCategory.Medical)]
    [InlineData("she's having a seizure on the kitchen floor and it wont stop", CrisisCategory.Medical)]
    [InlineData("gave her the epipen and she still cant breathe", CrisisCategory.Medical)]
    public void NewCrisisFamily_IsCrisisWithItsCategory(string text, CrisisCategory category)
    {
        var result = Assess(text);
        result.Level.ShouldBe(CrisisLevel.Crisis);
        result.Category.ShouldBe(category);
    }

    [Theory]
    [InlineData("hanging myself a new hammock by the creek this weekend")]
    [InlineData("what percent of veterans attempt suicide, for my paper")]
    [InlineData("told my mom i dropped out, she was hurt but she hugged me")]
    [InlineData("the guys are throwing me a cookout for my 2 years")]
    [InlineData("mañana me toca cargar la troca con la leña")]
    [InlineData("mi jefita me mata si no llego a la cena de nochebuena")]
    [InlineData("ate so much turkey i think i overdosed lol")]
    [InlineData("my parlay is bleeding out already, first game")]
    [InlineData("my new tattoo is bleeding a little through the saniderm, normal right?")]
    [InlineData("when do alcohol withdrawal seizures usually start? studying for my cna exam")]
    [InlineData("six months seizure free, neurologist says we can lower the dose")]
    [InlineData("practicing with the epipen trainer before her first sleepover")]
    [InlineData("how much is a generic epipen without insurance these days")]
    [InlineData("mi hija cumplió un año sin convulsiones, fuimos por un helado")]
    [InlineData("i dropped out of nursing school and honestly im relieved")]
    [InlineData("mi compadre le pegó a un venado en la carretera anoche, la troca quedó toda chueca")]
    [InlineData("me quemé el dedo con la plancha, nada grave")]
    [InlineData("le voy a dar piso nuevo al baño, ya compré el azulejo")]
    [InlineData("cuánto tarda en morir un pez si no le cambio el agua")]
    [InlineData("i hit him with a jab so he doesnt get comfortable, sparring tomorrow")]
    [InlineData("my last sunrise in tulum, back to the office monday")]
    public void NewIdiomOrNearMiss_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("hanging myself tonight from the tree stand, the rope is already up there")]
    [InlineData("how many pills does it take to die, i want to attempt suicide tonight")]
    [InlineData("she was hurt bad, he threw her down the stairs and she isnt moving")]
    [InlineData("he's throwing me against the wall right now please help")]
    [InlineData("mi tío me tocó donde no debe y estoy sola con él ahorita")]
    [InlineData("ate so much of my oxy stash that i overdosed, cant feel my legs")]
    [InlineData("my son is bleeding out from his leg, the saw slipped")]
    [InlineData("my dad stopped drinking 3 days ago and he's having a seizure right now")]
    [InlineData("used the epipen and her throat is still closing up")]
    [InlineData("i have to use the epipen on my son right now, he ate a cashew")]
    [InlineData("how many pills does it take to attempt suicide, i have 30")]
    [InlineData("le pegué a un señor con la troca y no se mueve")]
    public void DangerBesideAnIdiom_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("i used to think about darme piso back in high school")]
    [InlineData("my seizure meds make me feel like a zombie and sometimes i want to stop them")]
    public void NewCheckIn_IsFlaggedAtLeastConcern(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.None);
}
