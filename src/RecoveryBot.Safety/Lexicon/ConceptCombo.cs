namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// A compositional rule (SAFETY-NOTES §4.3 layer (c)/(e), §7 rule 11): it fires its entry when, within one sentence
/// (or the whole message), every <see cref="All"/> mask meets a present concept, at least <see cref="Min"/> distinct
/// concepts of <see cref="Of"/> are present, and no <see cref="Unless"/> concept is.
/// </summary>
public sealed record ConceptCombo(int EntryIndex, UInt128[] All, UInt128 Of, int Min, UInt128 Unless, bool MessageScope)
{
    /// <summary>Every concept bit this combo looks at (the fired hit spans the hits providing them).</summary>
    public UInt128 Used { get; } = All.Aggregate(Of, (a, m) => a | m);

    public bool Fires(UInt128 present)
    {
        if ((present & Unless) != 0) return false;
        foreach (var m in All) if ((present & m) == 0) return false;
        return Min <= 0 || (int)UInt128.PopCount(present & Of) >= Min;
    }
}
