namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Concept names → bits. A context kind is a concept under its YAML name (means, timing, third_person,
/// drug_context, recent…) when a combo names it, so combos can use the triggers the detector already has;
/// <c>kind: concept</c> entries add their own names. At most 64 concepts in all.
/// </summary>
internal sealed class ConceptRegistry
{
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

    /// <summary>The bit of a context kind, or 0 when no combo uses it.</summary>
    public ulong KindBit(CueKind kind) => bits.TryGetValue(KindName(kind), out var bit) ? 1UL << bit : 0;

    public static string KindName(CueKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));

    public ulong Bit(string name)
    {
        if (!bits.TryGetValue(name, out var bit))
        {
            if (bits.Count == 64) throw new InvalidDataException($"more than 64 concepts (at '{name}')");
            bits[name] = bit = bits.Count;
        }
        return 1UL << bit;
    }

    /// <summary>A combo item ("timing|means") → mask; names must already exist (typos fail at load).</summary>
    public ulong Mask(string item, string entryId)
    {
        ulong mask = 0;
        foreach (var raw in item.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!bits.TryGetValue(raw, out var bit))
            {
                throw new InvalidDataException($"{entryId}: unknown concept '{raw}'");
            }
            mask |= 1UL << bit;
        }
        return mask;
    }
}
