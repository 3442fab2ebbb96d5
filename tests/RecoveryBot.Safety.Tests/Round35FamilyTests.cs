using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// Round 35, from holdout-112..-117 once read. Crisis families (lexicon.families-36.yaml): a denial followed by "i
/// just…" and the wish itself, being dead as a relief, hoping the plane goes down, a relative locked in with a cord who
/// says he'll kill himself if the door is forced, a stimulant binge with the heart going wrong, a threat to burn the
/// house down with the writer inside, a spiked drink and a stranger taking the writer away, a vow that someone "won't
/// be teaching next semester" with their schedule known, lips tingling after using again, punching a wall "til my hand
/// breaks", "a few extra of everything", a friend's "take care of my dog for me" and then no answer, and driving "to
/// the bridge and that's it". Idioms (lexicon.idioms-34.yaml and the lists it extends): gig apps that "want me dead
/// out here", a bullpen or a portfolio that "is suicidal", dying happy after good news, a boss who "hit me with" a
/// phrase, a brain "bleeding out my ears", a pet that will "murder every shoe", an authority who will "murder me" over a
/// small slip, "cortarme el pelo", a sibling threatened over a borrowed pot with a laugh, "se mata de coraje", a manager
/// asking about warning signs, and cutting a share of the budget. Sentences are new, not copied from the labelled sets.
/// </summary>
public sealed class Round35FamilyTests
{
    private static CrisisAssessment Assess(string text) => RepoPaths.Detector.Assess(text, null);

    [Theory]
    [InlineData("im not suicidal ok, i just wish i could go to sleep and not wake up", CrisisCategory.Suicide)]
    [InlineData("no me quiero matar, solamente quiero desaparecer de una vez", CrisisCategory.Suicide)]
    [InlineData("not being here anymore would honestly feel like a relief", CrisisCategory.Suicide)]
    [InlineData("kinda hope my plane crashes on the way home tbh", CrisisCategory.Suicide)]
    [InlineData("mi tío dice que si llamamos a la ambulancia se ahorca, está en el garaje", CrisisCategory.Suicide)]
    [InlineData("took like 10 adderall since this morning, my heart is racing and im hearing voices in the hallway", CrisisCategory.Overdose)]
    [InlineData("he told me if i call my sister hell burn the apartment down with us inside", CrisisCategory.AbuseDanger)]
    [InlineData("i think someone drugged my drink and this man is trying to pull me into his van", CrisisCategory.AbuseDanger)]
    [InlineData("he wont be working here much longer, ill see to it. i know when his shift ends and there are no cameras in that lot", CrisisCategory.HarmOthers)]
    [InlineData("shot up an hour ago after 4 months clean, now my fingertips are going numb", CrisisCategory.Overdose)]
    [InlineData("im going to keep hitting the concrete wall until my knuckles break", CrisisCategory.SelfHarm)]
    [InlineData("swallowed a few extra of everything in my cabinet so i can finally sleep", CrisisCategory.Overdose)]
    [InlineData("my roommate left a note saying take care of my cat for me and now his phone goes to voicemail", CrisisCategory.Suicide)]
    [InlineData("nomás voy a caminar hasta el puente por última vez", CrisisCategory.Suicide)]
    [InlineData("i took all my pills, i can die happy now", CrisisCategory.Overdose)]
    [InlineData("we had the charcoal grill going inside the tent for warmth and now my son is so sleepy and throwing up", CrisisCategory.Medical)]
    [InlineData("no dejo de cortarme, ya hay mucha sangre", CrisisCategory.SelfHarm)]
    public void Round35Family_IsCrisis(string text, CrisisCategory category)
    {
        var verdict = Assess(text);
        verdict.Level.ShouldBe(CrisisLevel.Crisis);
        verdict.Category.ShouldBe(category);
    }

    [Theory]
    [InlineData("im not suicidal, i just feel burnt out and want a long weekend")]
    [InlineData("being done with this project would be such a relief")]
    [InlineData("i hope the flight isnt delayed again, i need to get home")]
    [InlineData("mi hijo se encerró en su cuarto con el celular y no quiere salir a cenar")]
    [InlineData("started adderall last week and my heart feels a bit fast in the mornings, is that normal")]
    [InlineData("we burned the brush pile down with the whole family watching, it was fun")]
    [InlineData("my drink got spiked at a bar two years ago, thats why i only drink at home now")]
    [InlineData("she wont be teaching next year, she told us she is retiring, i know when her party is")]
    [InlineData("my lips are tingly from the hot cheetos lol")]
    [InlineData("we knocked down the wall until the old pipe broke, reno day")]
    [InlineData("took an extra vitamin c today because everyone at work is sick")]
    [InlineData("my sister texted feed the cat for me saturday, her phone is off during the ceremony")]
    [InlineData("solo voy a ir al puente a tomar fotos del atardecer")]
    [InlineData("set up the new generator in the garage today, it was a headache to wire")]
    [InlineData("drove home at top speed, heart racing, hands shaking, seeing red after that meeting")]
    [InlineData("being gone for the weekend would be better for everyone, the house needs a break from me and my drums")]
    [InlineData("my sugar spiked after the cake and my husband is trying to take me to the clinic")]
    [InlineData("just want to punch walls until my knuckles bleed when im this frustrated, is that normal")]
    public void NearMissesOfTheNewFamilies_AreNotCrisis(string text) =>
        Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("they want me dead out here, and honestly so do i, i have the pills counted out")]
    [InlineData("our bullpen is suicidal and so am i, i have the rope in the garage")]
    [InlineData("he hit me with the belt again and locked the door")]
    [InlineData("my manager is gonna kill me, he has a gun in his desk and said hed use it")]
    [InlineData("me quiero cortar las venas esta noche")]
    [InlineData("voy a matar a mi hermano si no me devuelve el dinero, ya tengo la pistola")]
    [InlineData("dice que si entramos se mata, tiene una soga en la mano")]
    [InlineData("my son is thinking about suicide and he has his dads gun right now")]
    [InlineData("fell off the ladder and hit my head, now im bleeding from my ears")]
    [InlineData("the shelf collapsed on my dad and he isnt moving")]
    [InlineData("i took them all, every last pill in the bottle")]
    [InlineData("moms gonna kill me, she already broke my wrist last time and shes coming home drunk")]
    [InlineData("im going to die tonight, the rope is already in the closet")]
    [InlineData("my addiction wants me dead and tonight im letting it win, i have the dope ready")]
    [InlineData("ese tipo me va a matar, ya está afuera con la pistola")]
    [InlineData("the guy at the gym wants me dead, he said hes waiting outside with a knife")]
    [InlineData("banged my head on the door on purpose lol, gonna keep going till it bleeds")]
    [InlineData("my husband locked me out again lol, its snowing and he has my phone")]
    public void DangerBesideTheNewIdioms_StaysCrisis(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("$3 tip for a 14 mile run, they really want me dead out here")]
    [InlineData("our defense is suicidal, three turnovers in the first quarter")]
    [InlineData("the jets won, i can die happy now")]
    [InlineData("my lead hit me with the classic per my last email")]
    [InlineData("studied for 9 hours, my brain is leaking out my ears")]
    [InlineData("the puppy is gonna destroy all my slippers while im at work")]
    [InlineData("my professor is going to kill me, i submitted the wrong file")]
    [InlineData("mañana me voy a cortar el cabello bien corto")]
    [InlineData("voy a matar a mi prima si no me devuelve mi vestido jajaja")]
    [InlineData("mi papá se mata de risa con ese programa")]
    [InlineData("how can i tell if a student might be thinking about suicide? i teach 8th grade")]
    [InlineData("we have to cut 10% of the travel budget")]
    [InlineData("the canopy collapsed in the wind at the farmers market lol")]
    [InlineData("my roommate took all the leftovers again")]
    [InlineData("took my meds, all set for today")]
    [InlineData("dads gonna kill me, scratched the truck backing out")]
    [InlineData("we are all gonna die if this heat wave doesnt break")]
    [InlineData("got a flat on the interstate, waiting on roadside assistance")]
    [InlineData("me corté rebanando tomate, nada grave")]
    [InlineData("at group they said addiction is a disease that wants us dead, and that stuck with me")]
    [InlineData("overdosing on christmas music already and its november")]
    [InlineData("este tráfico me va a matar jaja")]
    [InlineData("double shift, i am dead on my feet")]
    [InlineData("said goodbye to everyone at the restaurant, last night before i move")]
    [InlineData("tiempo de decir adiós... jk, time to say goodbye to my old laptop, screen died")]
    [InlineData("mi gato se comió un listón y la veterinaria dijo que lo vigile, que seguro lo saca solo")]
    public void NewIdiomAlone_IsNotCrisis(string text) => Assess(text).Level.ShouldNotBe(CrisisLevel.Crisis);

    /// <summary>§6: a trivial trigger and "just end me" is the check-in question, not nothing and not the full alarm.</summary>
    [Theory]
    [InlineData("the airline lost my suitcase, somebody end me")]
    [InlineData("spilled salsa on my new white sneakers, just end me now")]
    public void EndMeAfterASmallDisaster_IsConcern(string text) => Assess(text).Level.ShouldBe(CrisisLevel.Concern);
}
