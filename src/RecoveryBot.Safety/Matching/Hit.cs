namespace RecoveryBot.Safety.Matching;

/// <summary>One lexicon entry matched over message tokens [Start, End).</summary>
public record struct Hit(int Entry, int Start, int End)
{
    public bool Overlaps(in Hit other) => Start < other.End && other.Start < End;
}
