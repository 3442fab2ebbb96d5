using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round 36, from holdout-118..-123 once read and the round's training sets. Crisis families (lexicon.families-37.yaml):
/// a denial hedged or taken back, "not gonna do anything stupid, i just…", not being around by a date or "to find
/// out", means laid out "tho", keepsakes for a child's birthdays "in case im not there", how long before someone finds
/// me, patches stuck on from a hoard, a benzo finished with liquor, a gun loaded in front of the writer, someone held
/// without water, not coming out of the water, death welcomed "if my heart stops", "dont care if i wake up", better
/// "if i just died", someone saying now that they will jump, walking in and not stopping, harm urges the writer cannot
/// hold back, pushing someone over a rail, driving off the road, a heated paperclip, "the last thing i do", "i wont need
/// the app after tonight", a rope tied (Spanish), an unknown amount swallowed, a toddler and a vape, a detergent pod,
/// bleeding through towels, "wont open her eyes", withdrawal with things seen, "how many with a fifth", a belt coming
/// off, and a relative "doing things" to a child. Idioms (lexicon.idioms-35.yaml and the lists it widens): a toddler's
/// spoon attack, a febrile-seizure question, "me voy a morir si" an album, strangling whoever designed a thing, dying
/// of shock, an overdose the team turned around, a shot of espresso, "me tocó cubrir", Judas in a Bible study, drowning
/// in discovery docs, the same dress at church, food dropped off, someone who "was going to have a heart attack",
/// numb after the dentist, a vaccine shot, "physically hurts me" to watch, beaten at a game, a boss who "nos mata" over a
/// late brief, the leaderboard shot up, a whole pint eaten, a faint from skipping breakfast, a telenovela that "la va a
/// matar", burying a rival next week, a butcher's blood, a kitchen burn and cut. The engine now reads a short word with
/// two neighbouring letters swapped ("lfie") and an -ing word with its g dropped or swapped ("bleedin", "goign"); real
/// words a swap would misread are listed as themselves. Sentences are new, not copied from the labelled sets.
/// </summary>
public sealed class Round36FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("not gonna hurt myself tonight, probably. the gun is on the nightstand tho", CrisisCategory.SelfHarm)]
    [InlineData("no me voy a hacer nada, bueno si, ya compré la soga", CrisisCategory.SelfHarm)]
    [InlineData("im not gonna do anything stupid, i just dont plan on being around after the hearing", CrisisCategory.Suicide)]
    [InlineData("relax. i wont do anything stupid. i just dont expect to be around by christmas", CrisisCategory.Suicide)]
    [InlineData("im not trying to die, i just want to cut deeper than last time", CrisisCategory.SelfHarm)]
    [InlineData("recorded videos for every birthday until he turns 18. put them in a box. for when im gone", CrisisCategory.Suicide)]
    [InlineData("if i turn off my phone and lock the motel door how long until someone finds me", CrisisCategory.Suicide)]
    [InlineData("stuck on all the fentanyl patches from my dads old prescription", CrisisCategory.Overdose)]
    [InlineData("took the rest of the xanax with the bourbon, i just want to sleep", CrisisCategory.Overdose)]
    [InlineData("she made me watch her load the shotgun and then she sat down facing the door", CrisisCategory.AbuseDanger)]
    [InlineData("my uncle locked my cousin in the shed and they wont let her out, no water since yesterday", CrisisCategory.AbuseDanger)]
    [InlineData("si vuelvo y lo encuentro con ella, los mato a los dos", CrisisCategory.HarmOthers)]
    [InlineData("voy al río sola esta noche y no pienso salir del agua", CrisisCategory.Suicide)]
    [InlineData("using my old amount again tonight, if i dont wake up so be it", CrisisCategory.Overdose)]
    [InlineData("about to snort the whole bag, lets see if i wake up", CrisisCategory.Overdose)]
    [InlineData("it would be better for everyone if i just disappeared", CrisisCategory.Suicide)]
    [InlineData("my dad called from the bridge saying hes gonna jump", CrisisCategory.Suicide)]
    [InlineData("drunk at the river, thinking about swimming out and not coming back", CrisisCategory.Suicide)]
    [InlineData("i keep imagining shaking her when she screams and i dont trust myself right now", CrisisCategory.HarmOthers)]
    [InlineData("i have urges to push my husband down the stairs and i cant hold it back", CrisisCategory.HarmOthers)]
    [InlineData("gonna drive my car off the bridge tonight", CrisisCategory.Suicide)]
    [InlineData("heating up a bobby pin with my lighter again", CrisisCategory.SelfHarm)]
    [InlineData("thank you for listening. i wont need my meds after tonight", CrisisCategory.Suicide)]
    [InlineData("ya até la soga en la viga", CrisisCategory.Suicide)]
    [InlineData("my daughter is hitting her head against the floor and wont stop", CrisisCategory.SelfHarm)]
    [InlineData("my niece said her uncle has been touching her and hes coming over tonight", CrisisCategory.AbuseDanger)]
    [InlineData("hes drunk and got the belt out, the kids are hiding", CrisisCategory.AbuseDanger)]
    [InlineData("me acabo de tragar como 30 pastillas de clonazepam", CrisisCategory.Overdose)]
    [InlineData("my dad stopped drinking 3 days ago and hes sweating and seeing bugs on the wall", CrisisCategory.Medical)]
    [InlineData("blood is soaking through the towel on his leg and its not slowing down", CrisisCategory.Medical)]
    [InlineData("grandpa fell and is breathing but cant open his eyes", CrisisCategory.Medical)]
    [InlineData("my son had a laundry pod in his mouth and now hes coughing", CrisisCategory.Overdose)]
    [InlineData("my 10 month old got my nicotine pouch and is vomiting", CrisisCategory.Overdose)]
    [InlineData("the bottle is empty and i have no idea how many she swallowed", CrisisCategory.Overdose)]
    [InlineData("i relapsed after 2 years clean tonight and my lips are going blue", CrisisCategory.Overdose)]
    public void Round36Family_IsCrisis(string text, CrisisCategory category)
    {
        var verdict = Assess(text);
        verdict.Level.ShouldBe(CrisisLevel.Crisis);
        verdict.Category.ShouldBe(category);
    }

    [Theory]
    [InlineData("not gonna do anything stupid, promise, just going to bed early")]
    [InlineData("the roots go deeper than usual on this side of the yard")]
    [InlineData("my mom left letters for every birthday when she was sick, i read one each year")]
    [InlineData("how long before someone finds out i ate the last slice lol")]
    [InlineData("put on my nicotine patch and went for a run")]
    [InlineData("finished the wine with dinner, my ativan is for the flight monday")]
    [InlineData("dad taught me to clean the rifle at the kitchen table before deer season")]
    [InlineData("the kids are not coming out of the pool anytime soon")]
    [InlineData("if my heart stops racing after this set ill try one more")]
    [InlineData("i dont care if i wake up late, its saturday")]
    [InlineData("it would be better if i just left the party early")]
    [InlineData("my son keeps saying hes gonna jump off the high dive this summer")]
    [InlineData("i dont trust myself with a whole cake in the house lol")]
    [InlineData("gonna drive the car off the lot tomorrow, finally bought it")]
    [InlineData("heating up soup for the kids")]
    [InlineData("i wont need the car after friday, moving downtown")]
    [InlineData("my uncle does things to her car every weekend, hes a mechanic")]
    [InlineData("stopped drinking a year ago and i see things so much more clearly")]
    [InlineData("no idea how many cookies he ate at the party")]
    [InlineData("the puppy still doesnt open his eyes, hes 4 days old")]
    public void NearMissesOfTheNewFamilies_AreNotCrisis(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my toddler tried to stab me with a spoon and now shes choking on the battery she found")]
    [InlineData("my son is seizing right now and wont wake up, are febrile seizures dangerous")]
    [InlineData("me voy a morir si no me dan las pastillas, ya tengo la soga lista")]
    [InlineData("im gonna strangle him when he gets home, i mean it, i have the cord")]
    [InlineData("i might die of shock lol, also i took 30 of my sleeping pills")]
    [InlineData("my brother overdosed and we brought him back but hes turning blue again")]
    [InlineData("took a shot of tequila and a handful of xanax, cant feel my legs")]
    [InlineData("mi padrastro me tocó otra vez y dice que vuelve en la noche")]
    [InlineData("after bible study my friend told me shes going to hang herself tonight")]
    [InlineData("he dropped off donuts and then said this is his last goodbye, hes going to jump off the bridge tonight")]
    [InlineData("i think my dad is having a heart attack right now, hes clutching his chest")]
    [InlineData("half my face is numb and my words are slurring, my arm feels heavy")]
    [InlineData("got my flu shot this morning and just shot up a whole bag of fent, cant breathe right")]
    [InlineData("mi esposo dice que si llego tarde me mata y ya tiene la pistola en la mesa")]
    [InlineData("he said he was going to shoot up the school tomorrow, he has his dads rifle")]
    [InlineData("ate a whole bag of edibles and took 10 xanax, my heart is racing")]
    [InlineData("mi papá se desmayó y no despierta, casi no respira")]
    [InlineData("mi tío dice que la va a matar cuando llegue a la casa, tiene un cuchillo")]
    [InlineData("im going to bury him in the backyard tonight, hes not walking out of here")]
    [InlineData("burned my wrist with the lighter on purpose and im going to do it again tonight")]
    public void DangerBesideTheNewIdioms_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("my 2 year old tried to murder me with a lego this morning")]
    [InlineData("do febrile seizures cause problems later on")]
    [InlineData("me muero si cancelan la gira de karol g jajaja")]
    [InlineData("gonna strangle whoever scheduled this meeting at 7am")]
    [InlineData("saw the price of eggs, almost died of sticker shock")]
    [InlineData("lady in bay 3 overdosed this morning but we brought her back, great work crew")]
    [InlineData("need a double shot of espresso before this deposition")]
    [InlineData("me tocó cerrar la tienda otra vez")]
    [InlineData("sermon was on judas hanging himself, really made me think")]
    [InlineData("drowning in depositions this month")]
    [InlineData("i could just die, my cousin wore the same outfit to the reunion")]
    [InlineData("a family from last year dropped off tamales today, made my week")]
    [InlineData("the smoke alarm went off and i thought my boss was going to have a heart attack")]
    [InlineData("back from the dentist, root canal, my lip is numb and i look ridiculous")]
    [InlineData("got my covid shot and tetanus shot today, arm is dead")]
    [InlineData("the procedure on that tv show is so wrong it physically hurts me")]
    [InlineData("my 8 year old is beating me at chess now, send help")]
    [InlineData("la maestra dijo que si no entrego la tarea nos mata jaja")]
    [InlineData("my cousin wants to shoot up the rankings this season")]
    [InlineData("after the breakup i ate an entire tub of ice cream, no regrets")]
    [InlineData("la telenovela la va a matar, el final fue terrible")]
    [InlineData("we're all rooting for them at the retirement home")]
    [InlineData("thought i was going to die at mile 20 of the marathon")]
    public void NewIdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("i dont want to be alive, i wanna end my lfie")]
    [InlineData("i jsut want to die")]
    [InlineData("i want to kill mysefl tonight")]
    public void TwoNeighbouringLettersSwapped_StillRead(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the guy who sued me settled today, finally")]
    [InlineData("borra esa rama del repositorio, ya no sirve")]
    [InlineData("ya nos pagaron la quincena, vamos por tacos")]
    public void RealWordsOneSwapFromARiskWord_ReadAsThemselves(string text) =>
        Assess(text).Level.ShouldBe(CrisisLevel.None);
}
