namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// One lexicon pattern, compiled: a sequence of slots. <see cref="FirstIds"/> are the token ids a match can start
/// on (the first slot's words, and the next slot's too while the slots before are optional).
/// </summary>
public sealed record CompiledPattern(int EntryIndex, PatternSlot[] Slots, int[] FirstIds);

/// <summary>
/// One slot: any single word of <see cref="Words"/> (sorted ids), or one of <see cref="Phrases"/> (consecutive ids;
/// an empty phrase skips the slot), with up to <see cref="Gap"/> other words allowed before it. Multi-word
/// alternatives stay inside their slot instead of multiplying the pattern, so a pattern with several phrase slots
/// costs one index entry and one attempt per start, not one per combination.
/// </summary>
public sealed record PatternSlot(int[] Words, int[][] Phrases, byte Gap)
{
    public bool Optional { get; } = Phrases.Any(p => p.Length == 0);

    /// <summary>
    /// The ids the slot's phrases start on (sorted). Concept slots list up to 145 phrases, and trying each one at each
    /// position of the gap was most of the detector's time; a window holding none of these ids skips them all.
    /// </summary>
    public int[] PhraseFirstIds { get; } = Phrases.Where(p => p.Length > 0).Select(p => p[0]).Distinct().Order().ToArray();

    /// <summary>Stands in <see cref="PhraseFirsts"/> for the empty phrase; no word id is negative.</summary>
    public const int SkipMarker = -2;

    /// <summary>Each phrase's first id, in the order written (<see cref="SkipMarker"/> for the empty phrase).</summary>
    public int[] PhraseFirsts { get; } = Phrases.Select(p => p.Length > 0 ? p[0] : SkipMarker).ToArray();
}
