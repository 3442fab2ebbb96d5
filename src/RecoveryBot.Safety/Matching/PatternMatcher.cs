using System.Runtime.Intrinsics;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Matching;

/// <summary>
/// Finds every pattern occurrence anywhere in the message (SAFETY-NOTES §7 rule 7: crises hide mid-message).
/// Candidates come from the first-word index; the rest of a pattern is checked with small gaps that never
/// cross a sentence end.
/// </summary>
internal static class PatternMatcher
{
    // Per-thread stamps: pattern p's anchor was seen in the current message when seen[p] == generation.
    [ThreadStatic] private static int[]? seen;
    [ThreadStatic] private static int generation;

    public static int Match(CompiledLexicon lexicon, ReadOnlySpan<int> exact, ReadOnlySpan<int> prefix, Span<Hit> hits)
    {
        var count = 0;
        var sentence = lexicon.Vocabulary.SentenceId;
        var anchored = lexicon.Anchors.Anchored;
        var marks = MarkAnchors(lexicon, exact, prefix, out var stamp);
        var message = Signature(exact, prefix);
        for (var i = 0; i < exact.Length; i++)
        {
            for (var k = 0; k < 2; k++)
            {
                var id = k == 0 ? exact[i] : prefix[i];
                if (id < 0) continue;
                foreach (var p in lexicon.ByFirstId[id])
                {
                    if (anchored[p] && marks[p] != stamp) continue;
                    var pattern = lexicon.Patterns[p];
                    if (!pattern.MayMatch(message)) continue;
                    if (!Slots(pattern.Slots, 0, i, 0, true, exact, prefix, sentence, out var end)) continue;
                    if (count > 0 && hits[count - 1].Entry == pattern.EntryIndex && hits[count - 1].Start == i)
                    {
                        continue;
                    }
                    if (count == hits.Length) return count;
                    hits[count++] = new Hit(pattern.EntryIndex, i, end);
                }
            }
        }
        return count;
    }

    /// <summary>The message's ids as a <see cref="PatternSlot.Signature"/>-style set (exact and stem ids alike).</summary>
    internal static Vector256<ulong> Signature(ReadOnlySpan<int> exact, ReadOnlySpan<int> prefix)
    {
        Span<ulong> bits = stackalloc ulong[4];
        for (var i = 0; i < exact.Length; i++)
        {
            PatternSlot.Set(bits, exact[i]);
            PatternSlot.Set(bits, prefix[i]);
        }
        return Vector256.Create<ulong>(bits);
    }

    private static int[] MarkAnchors(CompiledLexicon lexicon, ReadOnlySpan<int> exact, ReadOnlySpan<int> prefix,
        out int stamp)
    {
        var marks = seen;
        if (marks is null || marks.Length != lexicon.Patterns.Length) marks = seen = new int[lexicon.Patterns.Length];
        if (++generation == int.MaxValue)
        {
            Array.Clear(marks);
            generation = 1;
        }
        stamp = generation;
        var byAnchor = lexicon.Anchors.ByAnchorId;
        for (var i = 0; i < exact.Length; i++)
        {
            if (exact[i] >= 0) foreach (var p in byAnchor[exact[i]]) marks[p] = stamp;
            if (prefix[i] >= 0) foreach (var p in byAnchor[prefix[i]]) marks[p] = stamp;
        }
        return marks;
    }

    /// <summary>
    /// True when slots[k..] match from <paramref name="pos"/>. The first consumed word must sit exactly at the start
    /// position (<paramref name="atStart"/>); after that each slot may skip up to its gap (or the larger gap of the
    /// optional slots it follows), never across a sentence end. Alternatives are tried in the order written, so the
    /// first match found is the one the written pattern reads first.
    /// </summary>
    private static bool Slots(PatternSlot[] slots, int k, int pos, int carriedGap, bool atStart, ReadOnlySpan<int> exact,
        ReadOnlySpan<int> prefix, int sentence, out int end)
    {
        end = pos;
        if (k == slots.Length) return !atStart;
        var slot = slots[k];
        var gap = Math.Max(carriedGap, slot.Gap);
        var last = atStart ? pos : Math.Min(exact.Length - 1, pos + gap);
        // Single words and phrases keep separate scan loops: one merged loop that picks the test per position measured
        // about 10% slower on a typical message (BenchmarkDotNet, CrisisDetector benchmarks).
        if (slot.Words.Length > 0)
        {
            for (var j = pos; j <= last; j++)
            {
                if ((Contains(slot.Words, exact[j]) || Contains(slot.Words, prefix[j]))
                    && Slots(slots, k + 1, j + 1, 0, false, exact, prefix, sentence, out end)) return true;
                if (exact[j] == sentence) break;
            }
        }
        if (atStart) return PhrasesAtStart(slots, k, pos, gap, exact, prefix, sentence, out end);
        if (!AnyStartsIn(slot.PhraseFirstIds, pos, last, exact, prefix))
        {
            // No phrase can match here, so only skipping the slot is left (when it may be skipped).
            return slot.Optional && Slots(slots, k + 1, pos, gap, false, exact, prefix, sentence, out end);
        }
        foreach (var phrase in slot.Phrases)
        {
            if (phrase.Length == 0)
            {
                if (Slots(slots, k + 1, pos, gap, atStart, exact, prefix, sentence, out end)) return true;
                continue;
            }
            for (var j = pos; j <= last; j++)
            {
                if (PhraseAt(phrase, j, exact, prefix) && Slots(slots, k + 1, j + phrase.Length, 0, false, exact, prefix, sentence, out end)) return true;
                if (exact[j] == sentence) break;
            }
        }
        return false;
    }

    /// <summary>
    /// The phrase alternatives of a slot that must start exactly at <paramref name="pos"/>: only phrases starting on
    /// that word (and the empty one) can match, so a vectorised search over the phrases' first ids finds them, in
    /// the order written, instead of trying every phrase (concept slots list up to 145).
    /// </summary>
    private static bool PhrasesAtStart(PatternSlot[] slots, int k, int pos, int gap, ReadOnlySpan<int> exact,
        ReadOnlySpan<int> prefix, int sentence, out int end)
    {
        end = pos;
        var slot = slots[k];
        var firsts = slot.PhraseFirsts;
        var from = 0;
        while (from < firsts.Length)
        {
            var at = firsts.AsSpan(from).IndexOfAny(exact[pos], prefix[pos], PatternSlot.SkipMarker);
            if (at < 0) return false;
            var phrase = slot.Phrases[from + at];
            from += at + 1;
            if (phrase.Length == 0)
            {
                if (Slots(slots, k + 1, pos, gap, true, exact, prefix, sentence, out end)) return true;
            }
            else if (PhraseAt(phrase, pos, exact, prefix)
                     && Slots(slots, k + 1, pos + phrase.Length, 0, false, exact, prefix, sentence, out end))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when some position in [from, last] holds a word a phrase can start on. It may look past a sentence end the
    /// phrase loop would stop at; that only costs the loop, it never skips a match.
    /// </summary>
    private static bool AnyStartsIn(int[] firstIds, int from, int last, ReadOnlySpan<int> exact, ReadOnlySpan<int> prefix)
    {
        if (firstIds.Length == 0) return false;
        for (var j = from; j <= last && j < exact.Length; j++)
        {
            if (Contains(firstIds, exact[j]) || Contains(firstIds, prefix[j])) return true;
        }
        return false;
    }

    private static bool PhraseAt(int[] phrase, int j, ReadOnlySpan<int> exact, ReadOnlySpan<int> prefix)
    {
        if (j + phrase.Length > exact.Length) return false;
        for (var t = 0; t < phrase.Length; t++)
        {
            if (phrase[t] != exact[j + t] && phrase[t] != prefix[j + t]) return false;
        }
        return true;
    }

    private static bool Contains(int[] set, int id)
    {
        if (id < 0) return false;
        if (set.Length <= 8)
        {
            foreach (var x in set) if (x == id) return true;
            return false;
        }
        // Hand-written: Array.BinarySearch goes through a generic comparer call per lookup, and this lookup runs
        // for every word of every gap window.
        int lo = 0, hi = set.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var x = set[mid];
            if (x == id) return true;
            if (x < id) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }
}
