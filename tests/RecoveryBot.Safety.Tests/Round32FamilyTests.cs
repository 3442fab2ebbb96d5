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
/// blood that will not stop, and typos of the -ing violence words and of "took". Engine: risk entries flagged
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
    // §6: a trivial stated trigger with a laugh is the check-in question, not the alarm.
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
    public void NearMissesOfTheNewFamilies_AreNotCrisis(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the servers went down at work and my brother just took a whole bottle of pills")]
    [InlineData("drank three bottles of water today and i want to kill myself tonight")]
    [InlineData("my niece stabbed me with a crayon lol. also he is kicking the door in right now")]
    public void DangerBesideTheNewIdioms_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("the plant went down at 3 and we all went home early")]
    [InlineData("finished two liters of water before lunch, hydration queen")]
    [InlineData("my grandson stabbed me with a marker during art time lol")]
    [InlineData("how can you tell if someone is thinking about suicide? our church is starting a support group")]
    [InlineData("my supervisor is gonna kill me when he sees the typos in the deck")]
    [InlineData("mi jefe me mató con tantas juntas hoy")]
    [InlineData("my new vitamins are huge, theyre so hard to swallow")]
    public void IdiomAlone_IsReadAsAnIdiom(string text) => Assess(text).ShouldBeReadAsAnIdiom();
}
