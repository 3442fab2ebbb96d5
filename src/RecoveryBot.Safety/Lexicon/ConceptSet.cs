using System.Numerics;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// A set of up to 256 concepts, one bit each in four machine words: a sentence's concepts OR together in registers
/// with no allocation. It replaced a single <see cref="UInt128"/> once the lexicon needed more than 128 concepts.
/// </summary>
public readonly record struct ConceptSet(ulong W0, ulong W1, ulong W2, ulong W3)
{
    /// <summary>How many concepts a set can hold.</summary>
    public const int Capacity = 256;

    public static ConceptSet Empty => default;

    public bool IsEmpty => (W0 | W1 | W2 | W3) == 0;

    public int Count => BitOperations.PopCount(W0) + BitOperations.PopCount(W1) + BitOperations.PopCount(W2)
        + BitOperations.PopCount(W3);

    public static ConceptSet Of(int bit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bit, Capacity);
        var one = 1UL << (bit % 64);
        return (bit / 64) switch
        {
            0 => new(one, 0, 0, 0),
            1 => new(0, one, 0, 0),
            2 => new(0, 0, one, 0),
            _ => new(0, 0, 0, one),
        };
    }

    public bool Contains(int bit) => ((Word(bit / 64) >> (bit % 64)) & 1) != 0;

    /// <summary>Whether the two sets share at least one concept.</summary>
    public bool Meets(ConceptSet other) => !(this & other).IsEmpty;

    /// <summary>The word holding bits 64·index … 64·index+63.</summary>
    public ulong Word(int index) => index switch { 0 => W0, 1 => W1, 2 => W2, _ => W3 };

    public static ConceptSet operator |(ConceptSet a, ConceptSet b) =>
        new(a.W0 | b.W0, a.W1 | b.W1, a.W2 | b.W2, a.W3 | b.W3);

    public static ConceptSet operator &(ConceptSet a, ConceptSet b) =>
        new(a.W0 & b.W0, a.W1 & b.W1, a.W2 & b.W2, a.W3 & b.W3);
}
