namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// A compositional rule (SAFETY-NOTES §4.3 layer (c)/(e), §7 rule 11): it fires its entry when, within one sentence
/// (or the whole message), every <see cref="All"/> mask meets a present concept, at least <see cref="Min"/> distinct
/// concepts of <see cref="Of"/> are present, and no <see cref="Unless"/> concept is.
/// </summary>
public sealed record ConceptCombo(int EntryIndex, ConceptSet[] All, ConceptSet Of, int Min, ConceptSet Unless, bool MessageScope)
{
    /// <summary>Every concept bit this combo looks at (the fired hit spans the hits providing them).</summary>
    public ConceptSet Used { get; } = All.Aggregate(Of, (a, m) => a | m);

    public bool Fires(ConceptSet present)
    {
        if (present.Meets(Unless)) return false;
        foreach (var m in All) if (!present.Meets(m)) return false;
        return Min <= 0 || (present & Of).Count >= Min;
    }
}
