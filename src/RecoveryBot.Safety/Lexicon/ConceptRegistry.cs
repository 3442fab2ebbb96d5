namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Concept names → bits. A context kind is a concept under its YAML name (means, timing, third_person,
/// drug_context, recent…) when a combo names it, so combos can use the triggers the detector already has;
/// <c>kind: concept</c> entries add their own names. At most <see cref="ConceptSet.Capacity"/> concepts in all (one bit
/// each in a <see cref="ConceptSet"/>).
/// </summary>
internal sealed class ConceptRegistry
{
    /// <summary>One bit per concept in a <see cref="ConceptSet"/>, so a sentence's concepts OR together in registers.</summary>
    public const int MaxConcepts = ConceptSet.Capacity;

    private readonly Dictionary<string, int> bits = new(StringComparer.Ordinal);

    /// <param name="referenced">Concept names combos use; a context kind gets a bit only when it is among them.</param>
    public ConceptRegistry(IReadOnlySet<string> referenced)
    {
        foreach (var kind in Enum.GetValues<CueKind>())
        {
            if (kind is CueKind.Risk or CueKind.Concept || !referenced.Contains(KindName(kind))) continue;
            Bit(KindName(kind));
        }
    }

    /// <summary>The bit of a context kind, or the empty set when no combo uses it.</summary>
    public ConceptSet KindBit(CueKind kind) => bits.TryGetValue(KindName(kind), out var bit) ? ConceptSet.Of(bit) : ConceptSet.Empty;

    public static string KindName(CueKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));

    public ConceptSet Bit(string name)
    {
        if (!bits.TryGetValue(name, out var bit))
        {
            if (bits.Count == MaxConcepts) throw new InvalidDataException($"more than {MaxConcepts} concepts (at '{name}')");
            bits[name] = bit = bits.Count;
        }
        return ConceptSet.Of(bit);
    }

    /// <summary>A combo item ("timing|means") → mask; names must already exist (typos fail at load).</summary>
    public ConceptSet Mask(string item, string entryId)
    {
        var mask = ConceptSet.Empty;
        foreach (var raw in item.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!bits.TryGetValue(raw, out var bit))
            {
                throw new InvalidDataException($"{entryId}: unknown concept '{raw}'");
            }
            mask |= ConceptSet.Of(bit);
        }
        return mask;
    }
}
