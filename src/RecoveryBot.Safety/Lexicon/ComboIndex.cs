using System.Numerics;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Which combos a sentence's concepts could fire, so the combo pass tests a handful instead of every combo. Each
/// combo has a gate, a set of concepts of which at least one must be present: its narrowest <c>all</c> mask, or its
/// <c>of</c> set (a combo without <c>all</c> needs <c>min</c> ≥ 1 of them). A concept bit lists the combos it opens.
/// Candidates come back as a bit set in combo order, so combos still fire in the order they are written.
/// </summary>
public sealed class ComboIndex
{
    private readonly ulong[][] byConcept = new ulong[ConceptSet.Capacity][];

    public ComboIndex(IReadOnlyList<ConceptCombo> combos)
    {
        Words = (combos.Count + 63) / 64;
        for (var b = 0; b < byConcept.Length; b++) byConcept[b] = new ulong[Words];
        for (var c = 0; c < combos.Count; c++)
        {
            var gate = Gate(combos[c]);
            for (var b = 0; b < ConceptSet.Capacity; b++)
            {
                if (gate.Contains(b)) byConcept[b][c / 64] |= 1UL << (c % 64);
            }
        }
    }

    /// <summary>Length of the candidate bit set in 64-bit words.</summary>
    public int Words { get; }

    /// <summary>Sets, in <paramref name="into"/>, the bit of every combo whose gate meets <paramref name="present"/>.</summary>
    public void Candidates(ConceptSet present, Span<ulong> into)
    {
        into.Clear();
        for (var w = 0; w < ConceptSet.Capacity / 64; w++)
        {
            var bits = present.Word(w);
            while (bits != 0)
            {
                Or(byConcept[(w * 64) + BitOperations.TrailingZeroCount(bits)], into);
                bits &= bits - 1;
            }
        }
    }

    private static void Or(ulong[] from, Span<ulong> into)
    {
        for (var w = 0; w < into.Length; w++) into[w] |= from[w];
    }

    private static ConceptSet Gate(ConceptCombo combo)
    {
        if (combo.All.Length == 0) return combo.Of;
        var gate = combo.All[0];
        foreach (var m in combo.All)
        {
            if (m.Count < gate.Count) gate = m;
        }
        return gate;
    }
}
