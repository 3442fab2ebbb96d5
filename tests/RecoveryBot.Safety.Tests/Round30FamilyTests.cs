using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-30 families and idioms (dialogs/safety/lexicon.families-28.yaml, lexicon.idioms-27.yaml and the lists they
/// extend, from holdout-82..-87 once read): a place picked "for it" despite a denial, no sense in staying alive, a blade
/// out that breaks a streak, how many of a medicine "would actually do it", waiting for someone to break his legs with
/// what is kept in the trunk, leave given to God to "take me any night now", and "just gonna make sure i dont wake up"
/// after a denial. Engine: a trivial trigger lowers a laughing crisis phrase only from its own sentence or the one on
/// either side, and the same trivial-joke reading now applies to a threat against someone. Idioms: killing us with an
/// exam or with food, a lethal dose of coffee, "i could just die" of embarrassment, "or die trying", blacking out from
/// boredom, a phlebotomist who "stabbed me", getting into a program, a threat over eaten food, a dropped connection,
/// statistics questions, and the merged petty "whoever". Each keeps the danger beside it. Sentences are new, not copied
/// from the labelled sets.
/// </summary>
public sealed class Round30FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("i already scoped out the spot, where no one will find me. its weirdly calming", CrisisCategory.Suicide)]
    [InlineData("honestly, i cant find any reason in staying alive anymore", CrisisCategory.Suicide)]
    [InlineData("perdí todo este año y ya no le encuentro sentido a seguir viviendo", CrisisCategory.Suicide)]
    [InlineData("got my old blade out in my hand, been 300 days. cant stop staring at it", CrisisCategory.SelfHarm)]
    [InlineData("how many of those sleeping pills would actually end it", CrisisCategory.Overdose)]
    [InlineData("gonna catch him after school by the gym and smash his face with the bat", CrisisCategory.HarmOthers)]
    [InlineData("im 91. the lord is welcome to take me any night, i would welcome it", CrisisCategory.Suicide)]
    [InlineData("im not going to do anything drastic, im just gonna make sure i dont wake up", CrisisCategory.Suicide)]
    [InlineData("not gonna do anything stupid, i just keep thinking the kids would be better off if i was gone", CrisisCategory.Suicide)]
    [InlineData("tranquila, no voy a hacer nada raro, nomás quiero dormirme y no despertar", CrisisCategory.Suicide)]
    [InlineData("driving out to the hunting lease with my shotgun this weekend. not coming back", CrisisCategory.Suicide)]
    [InlineData("my parents wont have to worry about me by morning", CrisisCategory.Suicide)]
    [InlineData("bought a vacuum hose, it fits the muffler on the old truck", CrisisCategory.Suicide)]
    [InlineData("i have my moms old morphine patches and im putting all of them on tonight", CrisisCategory.Overdose)]
    [InlineData("hypothetically if i wanted to kill myself this weekend how would i even start. its not really hypothetical", CrisisCategory.Suicide)]
    [InlineData("i swear im gonna bash his head in when he gets home, im serious", CrisisCategory.HarmOthers)]
    public void Round30Family_IsCrisis(string text, CrisisCategory category)
    {
        var verdict = Assess(text);
        verdict.Level.ShouldBe(CrisisLevel.Crisis);
        verdict.Category.ShouldBe(category);
    }

    [Theory]
    // The trivial trigger is three sentences before the goodbye: it explains nothing about it.
    [InlineData("ugh the dmv took forever. then work. then my landlord texted. i wrote letters to my kids so theyll find them after. sorry for the essay lol")]
    // A method question is never the joke, however trivial the day around it.
    [InlineData("failed my chem final lol and honestly whats the most painless way to die")]
    public void ATrivialTriggerFarFromTheCrisisPhrase_OrAMethodQuestion_IsNotLowered(string text) =>
        Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("burned the toast again. kms lol")]
    [InlineData("kms lol. the printer jammed again")]
    [InlineData("my coworker microwaved fish in the break room again, im gonna kill him lol")]
    public void ATrivialTriggerNextToALaugh_ReadsAsTheJoke(string text) =>
        Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("we picked a spot by the river for the family picnic")]
    [InlineData("no le veo sentido a seguir estudiando química")]
    [InlineData("got the razor out to trim my beard")]
    [InlineData("how many advil should i take for cramps")]
    [InlineData("gonna wait for him outside after practice and drive him home")]
    public void NearMissesOfTheNewFamilies_AreNotCrisis(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the teacher is killing us with these exams and my roommate swallowed a whole bottle of pills")]
    [InlineData("need a lethal dose of coffee, also i have the rope ready for tonight")]
    [InlineData("i could just die, i called my teacher mom. also my dad is choking me right now")]
    [InlineData("gonna pass this class or die trying, and i want to kill myself tonight")]
    [InlineData("the nurse stabbed me twice for labs, and my ex just stabbed my sister with a knife")]
    [InlineData("my brother isnt breathing and his lips are blue, the wifi dropped during the call")]
    [InlineData("im gonna strangle my roommate, he ate my leftovers, and i have a gun and im going to shoot him tonight")]
    public void DangerBesideTheNewIdioms_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("mi abuela nos quiere matar con tanta comida en navidad")]
    [InlineData("the professor is trying to kill us with this problem set")]
    [InlineData("somebody bring me a lethal dose of cold brew")]
    [InlineData("i could literally die, i replied all with my grocery list")]
    [InlineData("we ship this release by friday or die trying")]
    [InlineData("nearly passed out from boredom in the safety training")]
    [InlineData("the lab tech jabbed me three times looking for a vein")]
    [InlineData("how long does it take to get into a detox program in ohio")]
    [InlineData("im gonna kill my sister, she finished my takis")]
    [InlineData("my brother finished my ice cream again, gonna kill him lol")]
    [InlineData("the vpn went down again during standup")]
    [InlineData("what percentage of overdoses are fentanyl according to the cdc")]
    [InlineData("i will fight whoever took my mug from the break room")]
    [InlineData("coach said if we lose on friday hes gonna bury us")]
    [InlineData("my manager shot me like six emails before 8am")]
    [InlineData("ando muerto de cansancio después del turno")]
    [InlineData("dad is going to murder the dandelions this weekend")]
    [InlineData("the band director will kill us if were late again")]
    [InlineData("three deliveries at once, im drowning over here")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
