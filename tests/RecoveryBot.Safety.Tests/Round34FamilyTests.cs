using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round 34 (dialogs/safety/lexicon.idioms-33.yaml, the lists it extends, and quoted speech in the context rules), from
/// holdout-106..-111 once read. Quoted speech: a risk phrase inside quotation marks in a song, film or story sentence,
/// or asked about in a question, is the quoted speaker's, so an "i" inside the quote no longer keeps the full alarm;
/// a real person outside the quote still does. Idioms: a teacher's, chef's, team's or boss's "me va a matar" over
/// something small, "he'll kill us lol" from a manager, a sergeant who "would murder me if he saw my boots", a battery
/// that "is suicidal", a song's bridge cut, vocals drowned in reverb, "ill just be over here having a heart attack", a
/// sleep aid that "knocked me out" and left someone rested, a gun show with family, someone else who'd "rather die
/// than" run a drill (with a laugh), a sibling who ate one's food, away for a flight or a training, a cable strangled, a router that "keeps droping", a haircut at home, and two
/// information questions. Crisis families (lexicon.families-35.yaml): armed and waiting outside someone's house, a
/// conditional "someone's getting stabbed", a vow plus something hidden in a bag for tomorrow, a blade in the tub right
/// now, arrangements "after im gone", lying down to "never get back up", knocked out and then vomiting or not
/// remembering, going over "and it's not to talk", "me voy a colgar", a child with a pill in the mouth and some
/// missing, the saved pills all swallowed (Spanish), poison put in someone's drink, a hand held over a flame now, bad
/// burns after a fire, blood everywhere after a cut (Spanish), and "nobody is gonna miss me". Sentences are new, not copied from the
/// labelled sets.
/// </summary>
public sealed class Round34FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("been parked down the block from his apartment for an hour, the pistol is on the seat, waiting for him to come out", CrisisCategory.HarmOthers)]
    [InlineData("someone is gonna get shot at that party saturday and its gonna be him", CrisisCategory.HarmOthers)]
    [InlineData("they will all regret it. i packed something in my backpack for school tomorrow", CrisisCategory.HarmOthers)]
    [InlineData("sitting in the bathtub with my razor right now and i dont want to stop this time", CrisisCategory.SelfHarm)]
    [InlineData("please look after my cat once im gone, her food is in the pantry", CrisisCategory.Suicide)]
    [InlineData("i want to lie down tonight and never get up again", CrisisCategory.Suicide)]
    [InlineData("my cousin got knocked out in the ring and now he cant remember what day it is", CrisisCategory.Medical)]
    [InlineData("they jumped my little brother. we are pulling up right now and its not to talk", CrisisCategory.HarmOthers)]
    [InlineData("ya me voy a colgar esta noche, ya no puedo", CrisisCategory.Suicide)]
    [InlineData("my toddler had one of my oxy pills in his mouth and now two are missing from the bottle", CrisisCategory.Overdose)]
    [InlineData("me las tragué todas las que tenía escondidas en el cajón", CrisisCategory.Overdose)]
    [InlineData("i got rat poison from the barn and im putting it in her coffee tomorrow", CrisisCategory.HarmOthers)]
    [InlineData("pressing my arm against the iron right now because i need it to hurt", CrisisCategory.SelfHarm)]
    [InlineData("the gas can exploded on my uncle and his arms are badly burned, the skin is peeling off", CrisisCategory.Medical)]
    [InlineData("mi hermano se cortó con la motosierra y hay sangre por todos lados", CrisisCategory.Medical)]
    [InlineData("nobody is going to miss me when im gone", CrisisCategory.Suicide)]
    public void Round34Family_IsCrisis(string text, CrisisCategory category)
    {
        var verdict = Assess(text);
        verdict.Level.ShouldBe(CrisisLevel.Crisis);
        verdict.Category.ShouldBe(category);
    }

    [Theory]
    [InlineData("parked outside his house waiting for him to come out, were late for the game")]
    [InlineData("someone got shot in the movie and my little brother screamed")]
    [InlineData("i got something in my bag for tomorrows potluck, you will love it")]
    [InlineData("scrubbing the tub with a razor scraper, the soap scum is insane")]
    [InlineData("can you water the plants when im gone next week")]
    [InlineData("after this shift i am going to lie down and sleep for ten hours")]
    [InlineData("got knocked out in the first round of the tournament, so proud of my kid anyway")]
    [InlineData("me voy a colgar la medalla en la pared del cuarto")]
    [InlineData("the baby had my car keys in her mouth and one of the charms is gone")]
    [InlineData("put the rat poison in the barn where the dog cant reach it")]
    [InlineData("accidentally touched the iron and burned my finger, ice helped")]
    [InlineData("the bonfire caught fire faster than we expected, nobody got hurt")]
    [InlineData("me corté la mano abriendo una lata, poquita sangre")]
    public void NearMissesOfTheNewFamilies_AreNotCrisis(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the chorus literally goes 'i want to die young' and everyone screams it")]
    [InlineData("en la película la protagonista dice \"ya no quiero vivir\" y todos lloramos")]
    [InlineData("cant stop humming that song, \"i wish i was dead\", its so catchy")]
    [InlineData("what does it mean when someone comments 'kys' under a video?")]
    public void QuotedRiskInASongOrAQuestion_IsNotAFullAlarm(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    // Someone real outside the quote keeps the level: the writer, a child, a friend.
    [InlineData("the song goes 'i want to die' and honestly i want to die too")]
    [InlineData("my son keeps singing 'i want to kill myself' from that song and he means it")]
    [InlineData("she texted me \"im going to kill myself tonight\" and now shes not answering")]
    [InlineData("i wrote 'i want to die' on my mirror last night")]
    [InlineData("the movie was fine but i took all my pills an hour ago")]
    public void QuotedRiskWithARealPerson_StaysCrisis(string text) =>
        Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("el jefe de la obra dijo que nos mata a todos si hablamos con la migra, y ya le pegó a uno")]
    [InlineData("mi esposo me va a matar si llego tarde otra vez, ya me pegó antes")]
    [InlineData("my boss said hell kill me if i go to the cops about the wages, he has a gun in the truck")]
    [InlineData("my phone is dead and i am suicidal, i have the pills in my hand")]
    [InlineData("cut the bridge of the song, i cut my wrists tonight and i cant stop the bleeding")]
    [InlineData("my little brother is drowning in the pool right now")]
    [InlineData("no pressure but i think im having a heart attack, my chest is crushing and my arm is numb")]
    [InlineData("the pills knocked him out and now he wont wake up and his lips are blue")]
    [InlineData("going to the gun show tomorrow to buy what i need to end it")]
    [InlineData("my son says hed rather die than go back to school and hes standing on the bridge railing right now")]
    [InlineData("im going to strangle her when she gets home, i mean it, i have the cord ready")]
    [InlineData("i smoked fentanyl an hour ago and now i cant breathe right")]
    [InlineData("im gonna kill my brother, he stole my pills and i have the bat ready for when he gets home")]
    [InlineData("i wont be around after friday. i booked the flight so nobody finds me and i wont come back")]
    public void DangerBesideTheNewIdioms_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("la profe nos va a matar si no entregamos el ensayo jaja")]
    [InlineData("el chef me quiere matar porque se me quemó el pan otra vez")]
    [InlineData("mi entrenadora me mata si llego tarde al partido")]
    [InlineData("the director says if we miss our cue again hell kill us lol")]
    [InlineData("my sergeant would murder me if he saw my rack right now")]
    [InlineData("this laptop battery is suicidal, 50% and it dies")]
    [InlineData("we cut the second verse and went straight to the chorus")]
    [InlineData("the mixer keeps drowning the guitars in reverb")]
    [InlineData("ill just be over here having a heart attack while you parallel park")]
    [InlineData("that sleep tea knocked me out, slept 11 hours and woke up feeling amazing")]
    [InlineData("headed to the gun show with my uncle this weekend")]
    [InlineData("my teammate says hed rather die than do burpees again lol")]
    [InlineData("im gonna strangle this aux cable, its always in a knot")]
    [InlineData("the wifi keeps droping during my classes")]
    [InlineData("gonna cut my own bangs tonight, pray for me")]
    [InlineData("can you overdose from smoking it or only if you inject")]
    [InlineData("what does nodding out mean")]
    [InlineData("gonna strangle my sister, she ate the last of my birthday cake")]
    [InlineData("wont be here next week, conference in chicago")]
    public void NewIdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);
}
