using System.Runtime.Intrinsics;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// One lexicon pattern, compiled: a sequence of slots. <see cref="FirstIds"/> are the token ids a match can start
/// on (the first slot's words, and the next slot's too while the slots before are optional).
/// </summary>
public sealed record CompiledPattern(int EntryIndex, PatternSlot[] Slots, int[] FirstIds)
{
    /// <summary>
    /// The <see cref="PatternSlot.Signature"/> of every slot after the first that a match must fill (optional slots
    /// left out). The first slot needs no check: a required first slot is the word the match was looked up by.
    /// </summary>
    public Vector256<ulong>[] Required { get; } = [.. Slots.Skip(1).Where(s => !s.Optional).Select(s => s.Signature)];

    /// <summary>
    /// False when some required slot has none of its words (or phrases' first words) in the message, judged on
    /// <paramref name="message"/>, the same signature over the message's ids: then the pattern cannot match and the
    /// slot walk is skipped. True says only "maybe".
    /// </summary>
    public bool MayMatch(Vector256<ulong> message)
    {
        foreach (var slot in Required)
        {
            if ((slot & message) == Vector256<ulong>.Zero) return false;
        }
        return true;
    }
}

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

    /// <summary>
    /// A 256-bit set of the ids that can fill the slot (each word, and each phrase's first word), one bit per id modulo
    /// 256. A message whose own set shares no bit with it holds none of them, so the slot cannot be filled. Words used
    /// only in long lists saturate it; short lists ("strangle", "whoever") are what make it selective.
    /// </summary>
    public Vector256<ulong> Signature { get; } = SignatureOf(Words.Concat(Phrases.Where(p => p.Length > 0).Select(p => p[0])));

    /// <summary>The 256-bit set of <paramref name="ids"/> (bit id mod 256); negative ids (no word) are left out.</summary>
    public static Vector256<ulong> SignatureOf(IEnumerable<int> ids)
    {
        Span<ulong> bits = stackalloc ulong[4];
        foreach (var id in ids) Set(bits, id);
        return Vector256.Create<ulong>(bits);
    }

    public static void Set(Span<ulong> bits, int id)
    {
        if (id >= 0) bits[(id >> 6) & 3] |= 1UL << (id & 63);
    }
}
