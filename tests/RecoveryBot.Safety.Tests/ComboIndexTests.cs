using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// The combo pass tests only the combos a sentence's concepts could fire. A candidate set that missed a combo would
/// silently drop an alarm, so the index must list every combo whose gate meets the present concepts, in written order.
/// </summary>
public sealed class ComboIndexTests
{
    private static ConceptSet Bit(int b) => ConceptSet.Of(b);

    private static readonly ConceptCombo[] Combos =
    [
        // 0: all [1|2, 3]: the narrower mask (bit 3 alone) is the gate.
        new(0, [Bit(1) | Bit(2), Bit(3)], default, 0, default, false),
        // 1: min 2 of {5, 100}: any one of them opens it.
        new(1, [], Bit(5) | Bit(100), 2, default, false),
        // 2: all [127]: the last bit a single UInt128 held.
        new(2, [Bit(127)], default, 0, default, true),
        // 3: all [128|255]: bits beyond the old 128-concept limit, up to the top one.
        new(3, [Bit(128) | Bit(255)], default, 0, default, false),
    ];

    private static int[] CandidatesFor(ConceptSet present)
    {
        var index = new ComboIndex(Combos);
        Span<ulong> bits = stackalloc ulong[index.Words];
        index.Candidates(present, bits);
        var found = new List<int>();
        for (var c = 0; c < Combos.Length; c++)
        {
            if ((bits[c / 64] & (1UL << (c % 64))) != 0) found.Add(c);
        }
        return [.. found];
    }

    [Fact]
    public void EveryComboThatCanFire_IsACandidate()
    {
        foreach (var present in new[] { Bit(1) | Bit(3), Bit(5) | Bit(100), Bit(127), Bit(3) | Bit(100) | Bit(127), Bit(255), Bit(128) | Bit(3) })
        {
            var candidates = CandidatesFor(present);
            for (var c = 0; c < Combos.Length; c++)
            {
                if (Combos[c].Fires(present)) candidates.ShouldContain(c);
            }
        }
    }

    [Fact]
    public void CandidatesFollowTheGateAndTheWrittenOrder()
    {
        CandidatesFor(Bit(3) | Bit(100) | Bit(127)).ShouldBe([0, 1, 2]);
        CandidatesFor(Bit(1)).ShouldBeEmpty();          // bit 1 is in combo 0's wider mask, not its gate
        CandidatesFor(Bit(100)).ShouldBe([1]);          // a high concept bit reaches a min/of combo
        CandidatesFor(Bit(255)).ShouldBe([3]);          // the top bit of the fourth word
        CandidatesFor(Bit(128) | Bit(1)).ShouldBe([3]);
        CandidatesFor(ConceptSet.Empty).ShouldBeEmpty();
    }
}
