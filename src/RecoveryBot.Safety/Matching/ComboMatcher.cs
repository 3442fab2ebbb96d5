using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Matching;

/// <summary>
/// The compositional layer (SAFETY-NOTES §4.3 (c)/(e)): after pattern matching, ORs the concept bits of the hits in
/// each sentence (and in the whole message) and appends one hit per combo that fires, spanning the hits that
/// provided its concepts, so the usual context rules (negation, history, third person…) apply to it. Concept hits
/// inside a benign idiom count for nothing. Allocation-free: hits are appended to the caller's buffer.
/// </summary>
internal static class ComboMatcher
{
    public static int Apply(CompiledLexicon lexicon, ReadOnlySpan<int> exact, Span<Hit> hits, int count)
    {
        var combos = lexicon.Combos;
        if (combos.Length == 0 || count == 0) return count;
        var sentence = lexicon.Vocabulary.SentenceId;
        var total = count;
        var idioms = false;
        for (var k = 0; k < count && !idioms; k++) idioms = lexicon.Entries[hits[k].Entry].Kind == CueKind.Idiom;
        var message = ConceptSet.Empty;
        Span<ulong> candidates = stackalloc ulong[lexicon.ComboIndex.Words];
        var i = 0;
        while (i < count)
        {
            var end = hits[i].Start;
            while (end < exact.Length && exact[end] != sentence) end++;
            var j = i;
            var mask = ConceptSet.Empty;
            for (; j < count && hits[j].Start < end; j++) mask |= MaskOf(lexicon, hits, count, j, idioms);
            message |= mask;
            if (!mask.IsEmpty)
            {
                lexicon.ComboIndex.Candidates(mask, candidates);
                foreach (var c in new CandidateOrder(candidates))
                {
                    var combo = combos[c];
                    if (!combo.MessageScope && combo.Fires(mask)) total = Emit(lexicon, hits, count, i, j, combo, total, idioms);
                }
            }
            i = j;
        }
        if (message.IsEmpty) return total;
        lexicon.ComboIndex.Candidates(message, candidates);
        foreach (var c in new CandidateOrder(candidates))
        {
            var combo = combos[c];
            if (combo.MessageScope && combo.Fires(message)) total = Emit(lexicon, hits, count, 0, count, combo, total, idioms);
        }
        return total;
    }

    /// <summary>The set bits of a candidate set, lowest first (= the order the combos are written).</summary>
    private ref struct CandidateOrder(ReadOnlySpan<ulong> bits)
    {
        private readonly ReadOnlySpan<ulong> bits = bits;
        private int word = -1;
        private ulong rest;

        public readonly CandidateOrder GetEnumerator() => this;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (rest == 0)
            {
                if (++word >= bits.Length) return false;
                rest = bits[word];
            }
            Current = (word * 64) + System.Numerics.BitOperations.TrailingZeroCount(rest);
            rest &= rest - 1;
            return true;
        }
    }

    private static ConceptSet MaskOf(CompiledLexicon lexicon, ReadOnlySpan<Hit> hits, int count, int index, bool idioms)
    {
        var mask = lexicon.Entries[hits[index].Entry].ConceptMask;
        if (mask.IsEmpty || !idioms) return mask;
        for (var k = 0; k < count; k++)
        {
            if (lexicon.Entries[hits[k].Entry].Kind == CueKind.Idiom && hits[k].Overlaps(hits[index])) return ConceptSet.Empty;
        }
        return mask;
    }

    private static int Emit(CompiledLexicon lexicon, Span<Hit> hits, int count, int from, int to, ConceptCombo combo,
        int total, bool idioms)
    {
        if (total == hits.Length) return total;
        var start = int.MaxValue;
        var end = 0;
        for (var k = from; k < to; k++)
        {
            if (!MaskOf(lexicon, hits, count, k, idioms).Meets(combo.Used)) continue;
            start = Math.Min(start, hits[k].Start);
            end = Math.Max(end, hits[k].End);
        }
        if (start == int.MaxValue) return total;
        hits[total] = new Hit(combo.EntryIndex, start, end);
        return total + 1;
    }
}
