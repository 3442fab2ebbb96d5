using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Lexicon;

[Flags]
public enum EntryFlags : ushort
{
    None = 0,
    /// <summary>A topic noun ("suicidal thoughts", "overdose") that info/fiction frames make none.</summary>
    Topic = 1,
    /// <summary>Drugs or medicines swallowed/used as the means: category becomes overdose (SAFETY-NOTES §6).</summary>
    Ingestion = 2,
    /// <summary>A body sign (not breathing, won't wake) that is an overdose when drugs are mentioned.</summary>
    OverdoseIfDrugs = 4,
    /// <summary>A method or lethality question ("how many … to not wake up"): curiosity framing does not lower it
    /// (SAFETY-NOTES §7 rule 6).</summary>
    Method = 8,
    /// <summary>A combo entry: fired by co-occurring concepts, not by a pattern (see <see cref="ConceptCombo"/>).</summary>
    Combo = 16,
    /// <summary>A subject concept ("i", "me", "yo"): a negation just before it negates nothing ("without knocking i…").</summary>
    Subject = 32,
    /// <summary>A fiction or news frame concept ("the movie", "the character", "la novela").</summary>
    Frame = 64,
    /// <summary>Fail-safe risk vocabulary (SAFETY-NOTES §7 rule 11): at most concern, never escalated to crisis.</summary>
    FailSafe = 128,
    /// <summary>A plan already made ("i picked the spot", "i have a plan for when the pain gets past an 8"): a plan detail
    /// like a means or a time, so a denial elsewhere in the message does not lower it (C-SSRS item 5: intent with a
    /// specific plan).</summary>
    Plan = 256,
}

/// <summary>A compiled lexicon entry: what a pattern hit means (<c>ConceptMask</c>: the concept bits it provides).</summary>
public sealed record LexiconEntry(
    string Id,
    CueKind Kind,
    CrisisLevel Level,
    CrisisCategory Category,
    CrisisLevel? ThirdPersonLevel,
    EntryFlags Flags,
    ConceptSet ConceptMask = default);
