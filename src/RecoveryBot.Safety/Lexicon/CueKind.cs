namespace RecoveryBot.Safety.Lexicon;

/// <summary>What a lexicon entry contributes (ConText triggers per SAFETY-NOTES §4.2).</summary>
public enum CueKind : byte
{
    /// <summary>A risk phrase with its own level and category.</summary>
    Risk,
    /// <summary>Means or dose vocabulary ("whole bottle", "rope"): raises concern to crisis, no level alone.</summary>
    Means,
    /// <summary>Timing ("tonight", "right now"): raises concern to crisis, no level alone.</summary>
    Timing,
    /// <summary>A benign idiom ("killing me", "my phone died"): removes risk hits it overlaps, nothing else.</summary>
    Idiom,
    Negation,
    /// <summary>"jk", "not literally", "es broma": anywhere in the message, lowers crisis to concern.</summary>
    Disclaimer,
    PseudoNegation,
    Historical,
    Recent,
    Hypothetical,
    /// <summary>Information, statistics, fiction or news frame: drops <c>topic</c> entries to none.</summary>
    Info,
    ThirdPerson,
    Joke,
    TrivialTrigger,
    DrugContext,
    /// <summary>"but", "pero": ends a negation's scope.</summary>
    Terminator,
    /// <summary>
    /// "I would never act on it", "no lo haría": a denial of intent anywhere in the message lowers ideation-only
    /// hits to concern (SAFETY-NOTES §6 "I would never, but…"), unless means or timing are also mentioned.
    /// </summary>
    Denial,
    /// <summary>
    /// A concept word or phrase (first person, ending, finality, burden, means…) with no level of its own: combo
    /// entries fire when their concepts co-occur in one sentence or message (SAFETY-NOTES §4.3 (c)/(e)).
    /// </summary>
    Concept,
    /// <summary>
    /// "still", "todavía", "lately": a recency word that describes what lingers. It cancels a history marker only for
    /// a risk phrase after it ("years ago … and still want to die"), not for the past event before it ("my stepdad
    /// abused me when i was little and i still cant sleep"), where <see cref="Recent"/> words ("tonight", "right
    /// now", "again") cancel it anywhere in the clause.
    /// </summary>
    Lingering,
    /// <summary>
    /// "and by someone i mean me", "its not really hypothetical", "el amigo soy yo": the hypothetical or
    /// asking-for-a-friend frame is taken back, so it lowers nothing (SAFETY-NOTES §4.2 pseudo-hypotheticals).
    /// </summary>
    HypotheticalRetracted,
    /// <summary>
    /// "tonight", "today", "hoy": the present a denial can be limited to. "not tonight" rules out only tonight, which
    /// matters when a <see cref="Deferral"/> follows.
    /// </summary>
    Now,
    /// <summary>
    /// "tomorrow tho", "para el domingo", "saving it for saturday": a later time an act is put off to. After a denial
    /// limited to <see cref="Now"/> ("not gonna do anything tonight. tomorrow tho") the denial puts the act off instead
    /// of ruling it out, and the later time is a plan detail (SAFETY-NOTES §6 pseudo-negation).
    /// </summary>
    Deferral,
}
