using System.Collections.Frozen;
using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Every word the lexicon uses, as small integer ids. A message token resolves to an exact id (also through the
/// typo list, a squeezed form for stretched words and edit distance 1 on long words) and to a prefix id
/// (<c>suicid*</c>). Look-ups take spans, so resolving a message allocates nothing (SAFETY-NOTES §7 rule 2).
/// </summary>
public sealed class Vocabulary
{
    public const int Unknown = -1;
    private const int Ambiguous = -2;

    /// <summary>Typo tolerance applies to lexicon words at least this long (short words have too many neighbours).</summary>
    public const int FuzzyMinWordLength = 7;

    /// <summary>
    /// Shorter words get only the slip that keeps every letter: two neighbours swapped ("lfie", "jsut"). Any-letter
    /// edits on them would read "lift" as "life", and a doubled letter dropped reads "coop" as "cop".
    /// </summary>
    public const int ShortSlipMinLength = 4;

    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> noFuzzy = new(StringComparer.Ordinal);
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> exact;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> prefix;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> squeezed;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> deletions;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> swaps;
    private int[] prefixLengths = [];
    private string[] byId = [];
    private bool frozen;

    public Vocabulary()
    {
        SentenceId = Intern(".");
        ClauseId = Intern(",");
        NumberId = Intern("#");
        FewId = Intern("#few");
    }

    public int SentenceId { get; }
    public int ClauseId { get; }
    /// <summary>Numbers 5 and up ("took 40 gabapentin"); <see cref="FewId"/> is 0–4 ("took 2 advil").</summary>
    public int NumberId { get; }
    public int FewId { get; }
    public int Count => words.Count + prefixes.Count;

    public int Intern(string word)
    {
        if (words.TryGetValue(word, out var id)) return id;
        EnsureOpen();
        id = Count;
        words.Add(word, id);
        return id;
    }

    public int InternPrefix(string stem)
    {
        if (prefixes.TryGetValue(stem, out var id)) return id;
        EnsureOpen();
        id = Count;
        prefixes.Add(stem, id);
        return id;
    }

    public void AddTypo(string typo, string intended)
    {
        EnsureOpen();
        words[typo] = Intern(intended);
    }

    public void ExcludeFromFuzzy(string word) => noFuzzy.Add(word);

    public string NameOf(int id) => id >= 0 && id < byId.Length ? byId[id] : "?";

    public void Freeze()
    {
        byId = new string[Count];
        foreach (var (w, id) in words) byId[id] ??= w;
        foreach (var (p, id) in prefixes) byId[id] = p + "*";
        exact = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        prefix = prefixes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLengths = prefixes.Keys.Select(k => k.Length).Distinct().OrderByDescending(l => l).ToArray();
        var sq = new Dictionary<string, int>(StringComparer.Ordinal);
        var del = new Dictionary<string, int>(StringComparer.Ordinal);
        var sw = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, id) in words)
        {
            if (w.Length < 3 || !char.IsLetter(w[0])) continue;
            Add(sq, Squeeze(w), id);
            if (noFuzzy.Contains(w)) continue;
            if (w.Length is >= ShortSlipMinLength and < FuzzyMinWordLength) AddSwaps(sw, w, id);
            if (w.Length < FuzzyMinWordLength) continue;
            for (var i = 0; i < w.Length; i++) Add(del, w.Remove(i, 1), id);
        }
        squeezed = Clean(sq).GetAlternateLookup<ReadOnlySpan<char>>();
        deletions = Clean(del).GetAlternateLookup<ReadOnlySpan<char>>();
        swaps = Clean(sw).GetAlternateLookup<ReadOnlySpan<char>>();
        frozen = true;

        static void Add(Dictionary<string, int> d, string key, int id) =>
            d[key] = d.TryGetValue(key, out var old) && old != id ? Ambiguous : id;
        // Every spelling of a short word with two neighbouring letters swapped ("life" → "ilfe", "lfie", "lief"), so
        // a slip costs one look-up; a spelling two words share is ambiguous and reads as nothing.
        static void AddSwaps(Dictionary<string, int> d, string w, int id)
        {
            var chars = w.ToCharArray();
            for (var i = 0; i + 1 < chars.Length; i++)
            {
                if (chars[i] == chars[i + 1]) continue;
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                if (char.IsLetter(chars[0])) Add(d, new string(chars), id);
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            }
        }
        static FrozenDictionary<string, int> Clean(Dictionary<string, int> d) =>
            d.Where(kv => kv.Value >= 0).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Resolves one normalised message token.</summary>
    public void Resolve(ReadOnlySpan<char> token, TokenFlags flags, out int exactId, out int prefixId)
    {
        prefixId = Unknown;
        if ((flags & TokenFlags.Number) != 0) { exactId = token.Length == 1 && token[0] <= '4' ? FewId : NumberId; return; }
        if ((flags & TokenFlags.Punctuation) != 0) { exactId = token[0] == '.' ? SentenceId : ClauseId; return; }
        if (!exact.TryGetValue(token, out exactId)) exactId = Fuzzy(token, flags);
        foreach (var len in prefixLengths)
        {
            if (len <= token.Length && prefix.TryGetValue(token[..len], out prefixId)) return;
        }
        prefixId = Unknown;
    }

    private int Fuzzy(ReadOnlySpan<char> token, TokenFlags flags)
    {
        Span<char> scratch = stackalloc char[Math.Min(token.Length, 64)];
        if ((flags & TokenFlags.Stretched) != 0 && token.Length <= 64)
        {
            var n = 0;
            foreach (var c in token) if (n == 0 || scratch[n - 1] != c) scratch[n++] = c;
            if (squeezed.TryGetValue(scratch[..n], out var id)) return id;
        }
        if ((flags & TokenFlags.Masked) != 0) return Masked(token);
        if (token.Length > 40) return Unknown;
        if (IngSlip(token) is var ing && ing != Unknown) return ing;
        if (token.Length < FuzzyMinWordLength) return ShortSlip(token);
        if (deletions.TryGetValue(token, out var missing)) return missing;          // a letter left out
        for (var i = 0; i < token.Length; i++)
        {
            token[..i].CopyTo(scratch);
            token[(i + 1)..].CopyTo(scratch[i..]);
            var d = scratch[..(token.Length - 1)];
            if (d.Length >= FuzzyMinWordLength && exact.TryGetValue(d, out var extra) && Long(extra)) return extra;
            if (deletions.TryGetValue(d, out var swapped)) return swapped;       // substituted or transposed
        }
        return Unknown;
    }

    /// <summary>
    /// An -ing word with its g dropped ("bleedin", "wakin"), its last two letters swapped ("goign", "bleedign") or its i
    /// left out ("bleedng", "cuttng"). Read even for words kept from edit matching (no_fuzzy): these slips move only the
    /// suffix, so "bleedin" cannot be "breeding" the way one free edit could. Tokens are at least 5 letters long, so
    /// short real words that end in -ng ("gong", "dong") stay themselves.
    /// </summary>
    private int IngSlip(ReadOnlySpan<char> token)
    {
        if (token.Length < 5) return Unknown;
        Span<char> word = stackalloc char[token.Length + 1];
        if (token.EndsWith("ign", StringComparison.Ordinal))
        {
            token.CopyTo(word);
            word[token.Length - 2] = 'n';
            word[token.Length - 1] = 'g';
            return exact.TryGetValue(word[..token.Length], out var id) ? id : Unknown;
        }
        // "-in" (g dropped) and "-ng" (i left out) are both the stem before those two letters plus "ing".
        if (token.EndsWith("in", StringComparison.Ordinal)
            || (token.EndsWith("ng", StringComparison.Ordinal) && !token.EndsWith("ing", StringComparison.Ordinal)))
        {
            token[..^2].CopyTo(word);
            "ing".CopyTo(word[(token.Length - 2)..]);
            return exact.TryGetValue(word, out var id) ? id : Unknown;
        }
        return Unknown;
    }

    /// <summary>
    /// A short token that is a lexicon word with two neighbouring letters swapped: the word, if exactly one word fits
    /// (the swap table built in <see cref="Freeze"/>). A 6-letter token may also be a long word with a letter left out.
    /// </summary>
    private int ShortSlip(ReadOnlySpan<char> token)
    {
        if (token.Length == FuzzyMinWordLength - 1 && deletions.TryGetValue(token, out var missing)) return missing;
        if (token.Length < ShortSlipMinLength) return Unknown;
        return swaps.TryGetValue(token, out var id) ? id : Unknown;
    }

    private bool Long(int id) => byId[id].Length >= FuzzyMinWordLength && !noFuzzy.Contains(byId[id]);

    /// <summary>"k*ll", "s**cide": '*' stands for any one letter. Rare, so a scan is fine.</summary>
    private int Masked(ReadOnlySpan<char> token)
    {
        var found = Unknown;
        foreach (var w in byId)
        {
            if (w is null || w.Length != token.Length || w.EndsWith('*')) continue;
            var ok = true;
            for (var i = 0; i < w.Length && ok; i++) ok = token[i] == '*' || token[i] == w[i];
            if (!ok) continue;
            if (found != Unknown) return Unknown;
            found = words[w];
        }
        return found;
    }

    private void EnsureOpen()
    {
        if (frozen) throw new InvalidOperationException("The vocabulary is frozen after compilation.");
    }

    internal static string Squeeze(string w)
    {
        var chars = new List<char>(w.Length);
        foreach (var c in w) if (chars.Count == 0 || chars[^1] != c) chars.Add(c);
        return new string([.. chars]);
    }
}
