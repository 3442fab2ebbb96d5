using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round-32 families and idioms (dialogs/safety/lexicon.families-32.yaml, lexicon.idioms-29.yaml and the lists they
/// extend, from holdout-94..-99 once read and the training sets w35a/-w35b): sarcasm that affirms ("its not like ill
/// be around much longer"), a plan kept for when the pain gets too bad, a pillow held over a face, a weapon waved
/// around, care arranged for a pet with "its not a trip", carving into skin, the cord felt after the water broke, a
/// door broken down, a family threatened (Spanish), "los mato a los dos", pulling up to light someone up, coming in
/// armed, not planning to be alive, nails dug in until they bleed, locked in with a blade, taking the pills one saved,
/// blood that will not stop, and typos of the -ing violence words and of "took"; from lexicon.families-33.yaml a
/// threat to find and kill, a pregnancy bleeding (Spanish), someone found down, naloxone wearing off, too much insulin,
/// someone locked in who says they will cut, a blade taken out of a sharpener, armed threats in Spanish, a rope and a
/// beam that holds, not seeing oneself around, not needing a pet after tonight, fear of what one will do to a child, a
/// relative hit and not moving, a goodbye and then no answer, a death that would be a gift, letting go of the wheel,
/// "tell him i loved him", heat stroke, every last pill, someone hitting the windows, how long to bleed out, and not
/// turning around this time. Engine: risk entries flagged
/// <c>plan</c> count as specifics, so a denial elsewhere does not lower them. Idioms: an outage that "went down", bottles
/// of water, a poke with a crayon, the warning signs for a workshop, a boss's threat over a typo or lateness, "me mató
/// con tanto papeleo", pills that "are hard to swallow". Trivial triggers: an early shift, a day off moved, a show
/// cancelled, a class sat through, throwers in ranked. Sentences are new, not copied from the labelled sets.
/// </summary>
public sealed class Round32FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("dont stress about me, its not like ill be here much longer anyway", CrisisCategory.Suicide)]
    [InlineData("im not suicidal ok. i just have a plan for when things get too bad, and theyre there", CrisisCategory.Suicide)]
    [InlineData("he didnt punch me, he just pressed a pillow over my face till i stopped kicking", CrisisCategory.AbuseDanger)]
    [InlineData("my stepdad is swinging a machete around the living room and yelling at my mom", CrisisCategory.AbuseDanger)]
    [InlineData("my sister is taking my dog for a bit. she thinks im going on a trip. im not going on a trip", CrisisCategory.Suicide)]
    [InlineData("im carving her initials into my forearm right now", CrisisCategory.SelfHarm)]
    [InlineData("39 weeks, water broke in the shower and i think i feel the cord", CrisisCategory.Medical)]
    [InlineData("he is kicking the bedroom door in and the baby is with me", CrisisCategory.AbuseDanger)]
    [InlineData("me dijeron que van a matar a mi familia si no entrego el dinero", CrisisCategory.AbuseDanger)]
    [InlineData("si me vuelve a engañar los mato a los dos", CrisisCategory.HarmOthers)]
    [InlineData("sliding on him tonight, gonna light him up", CrisisCategory.HarmOthers)]
    [InlineData("if they cut my shift again im walking in with my rifle", CrisisCategory.HarmOthers)]
    [InlineData("not planning on being alive by graduation", CrisisCategory.Suicide)]
    [InlineData("sitting in my car clawing my nails into my arms till they bleed", CrisisCategory.SelfHarm)]
    [InlineData("i locked myself in the garage with a razor", CrisisCategory.SelfHarm)]
    [InlineData("tonight im taking all the pills ive stashed since march", CrisisCategory.Overdose)]
    [InlineData("sliced my palm on the grinder, so much blood and it wont stop", CrisisCategory.Medical)]
    [InlineData("no para la sangre de la herida de mi papá", CrisisCategory.Medical)]
    [InlineData("how much of my heart medicine would stop my heart for good", CrisisCategory.Overdose)]
    [InlineData("they told me theyd stab me over the debt and theyre in the lot right now", CrisisCategory.AbuseDanger)]
    [InlineData("i know where he parks after his shift. the bat is behind my seat", CrisisCategory.HarmOthers)]
    // Typos of the -ing violence words and of "took" (normalisation.yaml, round 32).
    [InlineData("my uncle is beatin my aunt rn and shes not moving", CrisisCategory.AbuseDanger)]
    [InlineData("i tok every one of my sleeping pils", CrisisCategory.Overdose)]
    // Second part (lexicon.families-33.yaml and the entries it widened), from the read sets' wordings only the learned
    // layer had caught.
    [InlineData("she said she will track me down and kill me if i go to the shelter", CrisisCategory.AbuseDanger)]
    [InlineData("estoy embarazada de 32 semanas y estoy sangrando mucho", CrisisCategory.Medical)]
    [InlineData("came home to my roommate on the bathroom floor, barely breathing and he wont wake", CrisisCategory.Medical)]
    [InlineData("gave him narcan twenty minutes ago and its wearing off, hes nodding back out", CrisisCategory.Overdose)]
    [InlineData("my mom took too much insulin and shes sweating and confused", CrisisCategory.Overdose)]
    [InlineData("mi hijo se encerró en su cuarto y dice que se va a matar", CrisisCategory.SelfHarm)]
    [InlineData("broke open a disposable razor in the bathroom, you know why", CrisisCategory.SelfHarm)]
    [InlineData("si vuelve a tocar a mi hermana le rompo la cabeza con el bate", CrisisCategory.HarmOthers)]
    [InlineData("ese vato me las paga, lo voy a balear esta noche", CrisisCategory.HarmOthers)]
    [InlineData("got the extension cord in my bag and i know which beam in the garage will hold", CrisisCategory.Suicide)]
    [InlineData("i cant see myself still being alive by spring", CrisisCategory.Suicide)]
    [InlineData("my cat goes to my sister. i wont need her after sunday", CrisisCategory.Suicide)]
    [InlineData("im terrified of what im going to do to my son when he screams like this", CrisisCategory.HarmOthers)]
    [InlineData("her boyfriend punched her and now shes not moving on the floor", CrisisCategory.AbuseDanger)]
    [InlineData("my brother texted goodbye to the group chat. now his phone is off", CrisisCategory.Suicide)]
    [InlineData("honestly me being gone would be a relief for everyone", CrisisCategory.Suicide)]
    [InlineData("tonight i keep thinking about letting go of the wheel on the highway", CrisisCategory.Suicide)]
    [InlineData("please tell my son his mom loved him", CrisisCategory.Suicide)]
    [InlineData("roofing all afternoon, quit sweating an hour ago and now im dizzy and confused", CrisisCategory.Medical)]
    [InlineData("if they stop my refill im taking every last pill in the cabinet", CrisisCategory.Overdose)]
    [InlineData("she is banging on the car windows screaming, im locked inside", CrisisCategory.AbuseDanger)]
    [InlineData("how fast would i bleed out from my thigh", CrisisCategory.SelfHarm)]
    [InlineData("third time this week i drove to the bridge. this time im not turning around", CrisisCategory.Suicide)]
    [InlineData("he has a kinfe and he is screaming at my mom", CrisisCategory.AbuseDanger)]
    [InlineData("the left side of my face went numb and i cant lift my arm", CrisisCategory.Medical)]
    [InlineData("the dealer i owe texted that im dead if i dont pay by tonight", CrisisCategory.AbuseDanger)]
    [InlineData("my husband said im dead when he comes home from the bar", CrisisCategory.AbuseDanger)]
    public void Round32Family_IsCrisis(string text, CrisisCategory category)
    {
        var verdict = Assess(text);
        verdict.Level.ShouldBe(CrisisLevel.Crisis);
        verdict.Category.ShouldBe(category);
    }

    [Theory]
    // A plan already made is a plan detail: the denial in the same message does not lower it.
    [InlineData("dont worry im not suicidal, i already picked the spot and its so quiet there", "suicide.spot_chosen")]
    [InlineData("not gonna do anything dumb. i just have a plan for when the pain gets past a 9", "suicide.plan_for_when")]
    public void APlanBesideADenial_StaysCrisis(string text, string planEntry)
    {
        var verdict = Assess(text);
        verdict.Level.ShouldBe(CrisisLevel.Crisis);
        verdict.CueIds.ShouldContain(planEntry);
    }

    [Fact]
    public void ANegatedPlan_IsNotAPlanDetail() =>
        Assess("i dont have a plan for when it gets worse, i just feel low").Level.ShouldNotBe(CrisisLevel.Crisis);

    [Fact]
    public void APlanInThePast_IsNotAPlanDetail() =>
        Assess("back in college i had a plan for when the pain got too bad. im in a much better place now").Level
            .ShouldNotBe(CrisisLevel.Crisis);

    [Fact]
    public void PlanFlagOnANonRiskEntry_FailsAtLoad()
    {
        var doc = new LexiconDocument
        {
            Version = 1,
            Review = new ReviewInfo { By = "test", On = "2027-01-30" },
            Entries = [new() { Id = "timing.bad", Kind = "timing", Flags = ["plan"], Patterns = ["tonight"] }],
        };
        Should.Throw<InvalidDataException>(() => CompiledLexicon.Compile([doc])).Message.ShouldContain("only risk entries");
    }

    [Fact]
    public void PlanFlag_CountsAsSpecifics_InATinyLexicon()
    {
        // A concern-level hopeless phrase plus a plan entry: the plan raises it like a time would (rule 11), and a
        // denial does not lower the plan itself.
        var doc = new LexiconDocument
        {
            Version = 1,
            Review = new ReviewInfo { By = "test", On = "2027-01-30" },
            Entries =
            [
                new() { Id = "ctx.negation", Kind = "negation", Patterns = ["{not|dont}"] },
                new() { Id = "ctx.denial", Kind = "denial", Patterns = ["not gonna do anything"] },
                new() { Id = "suicide.hopeless", Category = "suicide", Level = "concern", Patterns = ["no way out"] },
                new() { Id = "suicide.plan", Category = "suicide", Level = "crisis", Flags = ["plan"], Patterns = ["picked the day"] },
                new() { Id = "suicide.wish", Category = "suicide", Level = "crisis", Patterns = ["want to die"] },
            ],
        };
        var detector = new CrisisDetector(CompiledLexicon.Compile([doc]));
        detector.Assess("no way out. picked the day", null).Level.ShouldBe(CrisisLevel.Crisis);
        detector.Assess("not gonna do anything. i want to die. picked the day", null).Level.ShouldBe(CrisisLevel.Crisis);
        detector.Assess("not gonna do anything. i want to die", null).Level.ShouldBe(CrisisLevel.Concern);
        detector.Assess("no way out", null).Level.ShouldBe(CrisisLevel.Concern);
    }

    [Theory]
    // §6: a past overdose or self-harm told with the present of the recovery is history, not an emergency now.
    [InlineData("5 years ago i overdosed in a gas station bathroom. today im 3 years clean")]
    [InlineData("hace cuatro años tuve una sobredosis. ahora llevo dos años limpia")]
    [InlineData("ive od'd a couple times, narcan every time. i keep it on me now")]
    [InlineData("two years free from self harm today, proud of myself")]
    public void APastEventWithTheRecoverysPresent_IsHistory(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    // The recovery's present does not hide an event that is happening now.
    [InlineData("i was 3 years clean. now i just took 30 pills")]
    [InlineData("18 months clean and i just overdosed in the bathroom, cant feel my legs")]
    public void AnEventNow_AfterTheRecovery_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    // §6: a trivial stated trigger with a laugh is the check-in question, not the alarm.
    [InlineData("missed my connecting flight in denver, i want to die lol")]
    [InlineData("failed my squat opener in front of the whole gym kms lol")]
    [InlineData("got bumped off the standby list again, kill me lmao")]
    [InlineData("they stuck me on the graveyard shift again kms lol")]
    [InlineData("scanner froze for the third time today, i want to die lmao")]
    [InlineData("they postponed the festival, gonna unalive myself lol")]
    [InlineData("had to sit through a 2 hour orientation video, kill me lol")]
    [InlineData("four throwers on my team again, i want to die lol")]
    public void ATrivialTriggerWithALaugh_IsACheckIn(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("its not like ill be around the office much, im remote now")]
    [InlineData("we made a plan for if the pain gets worse after the knee surgery")]
    [InlineData("asked my neighbor to keep my dog for the weekend, its a work trip")]
    [InlineData("carved the pumpkin for the kids tonight")]
    [InlineData("the chef was waving his hands around while he explained the recipe")]
    [InlineData("the landlord came by to fix the door, it was stuck open")]
    [InlineData("not planning on being at the reunion, too much drama")]
    [InlineData("i dig my nails into my palms when im nervous before a test")]
    [InlineData("locked myself in the office to finish the report")]
    [InlineData("i take the pills my psychiatrist prescribed, they help")]
    [InlineData("my nose bled a little this morning, dry air")]
    [InlineData("he said he will find us a good spot at the fair")]
    [InlineData("how long does narcan last before it wears off? for my training")]
    [InlineData("my insulin pen is running low, can i get a refill early")]
    [InlineData("my son is in the kitchen cutting vegetables for dinner")]
    [InlineData("i dont see myself living in this town after graduation")]
    [InlineData("i wont need the stroller after this summer")]
    [InlineData("scared of what the mechanic is going to do to my bill")]
    [InlineData("said goodbye to my daughter at the bus stop, she waved")]
    [InlineData("my toddler wanted to hold the wheel at the car wash")]
    [InlineData("the hail is hitting the windows so hard")]
    [InlineData("how long does it take a deer to bleed out after a good shot")]
    public void NearMissesOfTheNewFamilies_AreNotCrisis(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the servers went down at work and my brother just took a whole bottle of pills")]
    [InlineData("drank three bottles of water today and i want to kill myself tonight")]
    [InlineData("my niece stabbed me with a crayon lol. also he is kicking the door in right now")]
    [InlineData("he kicked me out and then kicked me in the ribs, im on the porch bleeding")]
    [InlineData("shelter kicked me out tonight and im sitting on the train tracks")]
    [InlineData("forgot my aux cord lol. the rope is in the trunk and tonight is the night")]
    public void DangerBesideTheNewIdioms_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the plant went down at 3 and we all went home early")]
    [InlineData("finished two liters of water before lunch, hydration queen")]
    [InlineData("my grandson stabbed me with a marker during art time lol")]
    [InlineData("how can you tell if someone is thinking about suicide? our church is starting a support group")]
    [InlineData("my supervisor is gonna kill me when he sees the typos in the deck")]
    [InlineData("mi jefe me mató con tantas juntas hoy")]
    [InlineData("my new vitamins are huge, theyre so hard to swallow")]
    [InlineData("my landlord kicked me out of the storage unit for parking there lol")]
    [InlineData("forgot the aux cord again, road trip is ruined")]
    [InlineData("my dad got hurt at work last spring and still hates sitting around")]
    [InlineData("lmao im dead, my dog just sneezed on the cat")]
    [InlineData("my grandma always says she'll sleep when shes dead")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
