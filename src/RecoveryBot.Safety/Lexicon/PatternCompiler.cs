using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Expands parsed patterns into <see cref="CompiledPattern"/>s: single-word alternatives become one id set,
/// multi-word or empty alternatives branch into separate patterns. Words pass through the same normaliser
/// as messages, so "don't" in YAML matches "dont", "don’t" and "DONT" in a message.
/// </summary>
internal sealed class PatternCompiler(Vocabulary vocabulary, IReadOnlyDictionary<string, List<string>> classes)
{
    private const int MaxExpansions = 20000;

    public List<CompiledPattern> Compile(string pattern, int entryIndex)
    {
        var partial = new List<(List<int[]> Elements, List<byte> Gaps, int PendingGap)> { ([], [], 0) };
        foreach (var slot in PatternSyntax.Parse(pattern))
        {
            var alternatives = slot.Alternatives.SelectMany(ExpandClass).Select(Words).ToList();
            var next = new List<(List<int[]>, List<byte>, int)>();
            if (alternatives.All(a => a.Count == 1))
            {
                var ids = alternatives.Select(a => a[0]).Distinct().Order().ToArray();
                foreach (var (els, gaps, pending) in partial)
                {
                    next.Add(([.. els, ids], [.. gaps, (byte)Math.Max(pending, slot.GapBefore)], 0));
                }
            }
            else
            {
                // Single words share one element; only multi-word or empty alternatives branch.
                var singles = alternatives.Where(a => a.Count == 1).Select(a => a[0]).Distinct().Order().ToArray();
                var branches = alternatives.Where(a => a.Count != 1).ToList();
                foreach (var (els, gaps, pending) in partial)
                {
                    var g0 = Math.Max(pending, slot.GapBefore);
                    if (singles.Length > 0) next.Add(([.. els, singles], [.. gaps, (byte)g0], 0));
                    foreach (var alt in branches)
                    {
                        var g = g0;
                        if (alt.Count == 0) { next.Add((els, gaps, g)); continue; }
                        var e2 = new List<int[]>(els);
                        var g2 = new List<byte>(gaps);
                        foreach (var id in alt) { e2.Add([id]); g2.Add((byte)g); g = 0; }
                        next.Add((e2, g2, 0));
                    }
                }
            }
            if (next.Count > MaxExpansions) throw new FormatException($"pattern \"{pattern}\" expands too much");
            partial = next;
        }
        return partial.Where(p => p.Elements.Count > 0)
            .Select(p =>
            {
                var gaps = p.Gaps.ToArray();
                gaps[0] = 0; // a leading gap means nothing: matching may start anywhere
                return new CompiledPattern(entryIndex, [.. p.Elements], gaps);
            })
            .ToList();
    }

    private IEnumerable<string> ExpandClass(string alternative)
    {
        if (!alternative.StartsWith('@')) return [alternative];
        var name = alternative[1..];
        return classes.TryGetValue(name, out var members)
            ? members.SelectMany(ExpandClass)
            : throw new FormatException($"unknown word class @{name}");
    }

    /// <summary>One alternative's text → token ids.</summary>
    private List<int> Words(string text)
    {
        var ids = new List<int>();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "#") { ids.Add(vocabulary.NumberId); continue; }
            if (raw == "#few") { ids.Add(vocabulary.FewId); continue; }
            if (raw.Contains('@')) throw new FormatException($"a word class must be a whole alternative: '{raw}'");
            if (raw.Length > 1 && raw.EndsWith('*') && !raw[..^1].Contains('*'))
            {
                ids.AddRange(Normalize(raw[..^1]).Select(vocabulary.InternPrefix));
                continue;
            }
            foreach (var w in Normalize(raw))
            {
                ids.Add(w == "#" ? vocabulary.NumberId : vocabulary.Intern(w));
            }
        }
        return ids;
    }

    internal static List<string> Normalize(string text)
    {
        var buffer = new char[TextNormalizer.BufferSizeFor(text.Length)];
        var tokens = new TokenSpan[text.Length + 4];
        var n = TextNormalizer.Plain.Normalize(text, buffer, tokens);
        var list = new List<string>(n);
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i];
            list.Add((t.Flags & TokenFlags.Number) != 0 ? "#" : new string(buffer, t.Start, t.Length));
        }
        return list;
    }
}
