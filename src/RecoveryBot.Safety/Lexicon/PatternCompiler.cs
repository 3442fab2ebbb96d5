using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Compiles parsed patterns into <see cref="CompiledPattern"/>s: per slot, single-word alternatives become one
/// sorted id set and multi-word (or empty) alternatives stay phrases of that slot. Words pass through the same
/// normaliser as messages, so "don't" in YAML matches "dont", "don’t" and "DONT" in a message.
/// </summary>
internal sealed class PatternCompiler(Vocabulary vocabulary, IReadOnlyDictionary<string, List<string>> classes)
{
    public CompiledPattern Compile(string pattern, int entryIndex)
    {
        var slots = new List<PatternSlot>();
        foreach (var slot in PatternSyntax.Parse(pattern))
        {
            var alternatives = slot.Alternatives.SelectMany(ExpandClass).Select(a => WordsOf(a, pattern)).ToList();
            var words = alternatives.Where(a => a.Count == 1).Select(a => a[0]).Distinct().Order().ToArray();
            // Phrases keep their written order (the empty one included), so matching tries them as written.
            var phrases = alternatives.Where(a => a.Count != 1).Select(a => a.ToArray())
                .DistinctBy(a => string.Join(' ', a)).ToArray();
            slots.Add(new PatternSlot(words, phrases, (byte)Math.Min(slot.GapBefore, byte.MaxValue)));
        }
        return new CompiledPattern(entryIndex, [.. slots], FirstIds(slots));
    }

    /// <summary>Ids a match can begin with: each slot's words and phrase heads, up to the first required slot.</summary>
    private static int[] FirstIds(List<PatternSlot> slots)
    {
        var ids = new SortedSet<int>();
        foreach (var s in slots)
        {
            ids.UnionWith(s.Words);
            foreach (var p in s.Phrases) if (p.Length > 0) ids.Add(p[0]);
            if (!s.Optional) break;
        }
        return [.. ids];
    }

    private IEnumerable<string> ExpandClass(string alternative)
    {
        if (!alternative.StartsWith('@')) return [alternative];
        var name = alternative[1..];
        return classes.TryGetValue(name, out var members)
            ? members.SelectMany(ExpandClass)
            : throw new FormatException($"unknown word class @{name}");
    }

    /// <summary>
    /// An alternative that is written but normalises to no token (an emoji, bare punctuation) would silently become the
    /// empty alternative and make its whole slot optional ("kill me ~6 {lol|🤦}" would match "kill me" alone), so it
    /// is refused: write the word the emoji stands for in normalisation.yaml instead.
    /// </summary>
    private List<int> WordsOf(string alternative, string pattern)
    {
        var ids = Words(alternative);
        return ids.Count == 0 && !string.IsNullOrWhiteSpace(alternative)
            ? throw new FormatException($"alternative '{alternative}' in \"{pattern}\" has no word a message could match")
            : ids;
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
