namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// A choice prompt's answers, precompiled at load: every label, value and synonym in both languages (so a
/// Spanish answer to an English prompt still counts), plus the 1-based number. Recognition order: exact, number,
/// a known phrase inside a longer sentence (not after "not"/"no"), then one small typo.
/// </summary>
public sealed class ChoiceTable
{
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, int Index)> _phrases = [];
    private readonly string[] _values;

    public ChoiceTable(IReadOnlyList<string> values, IEnumerable<(string Phrase, int Index)> phrases)
    {
        _values = [.. values];
        for (var i = 0; i < _values.Length; i++)
        {
            Add(TextNormalizer.Normalize(_values[i]), i);
            Add((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        }
        foreach (var (phrase, index) in phrases)
        {
            Add(TextNormalizer.Normalize(phrase), index);
        }
        // Longest first, so "not sure" wins over "sure" inside "im not sure".
        _phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    private void Add(string key, int index)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (_exact.TryGetValue(key, out var existing) && existing != index)
        {
            _exact[key] = -1; // ambiguous: the content check reports it; at run time it is simply not matched
            return;
        }
        if (_exact.TryAdd(key, index) && key.Length >= 4 && !char.IsDigit(key[0]))
        {
            _phrases.Add((key, index));
        }
    }

    public int Count => _values.Length;

    public string ValueAt(int index) => _values[index];

    /// <summary>The index of the tapped button's value, or -1.</summary>
    public int FindValue(string value) => Array.IndexOf(_values, value);

    /// <summary>True when the normalised text is exactly one of the answers (so it is not read as a command).</summary>
    public bool IsExact(string normalized) => _exact.TryGetValue(normalized, out var i) && i >= 0;

    /// <summary>The recognised answer's index, or -1.</summary>
    public int Match(string normalized)
    {
        if (normalized.Length == 0)
        {
            return -1;
        }
        if (_exact.TryGetValue(normalized, out var exact))
        {
            return exact;
        }
        var contained = -1;
        var containedLength = 0;
        foreach (var (phrase, index) in _phrases)
        {
            if (phrase.Length < containedLength)
            {
                break;
            }
            if (!Contains(normalized, phrase))
            {
                continue;
            }
            if (contained >= 0 && contained != index)
            {
                return -1; // two different answers named at the same length: ask again rather than guess
            }
            contained = index;
            containedLength = phrase.Length;
        }
        if (contained >= 0)
        {
            return contained;
        }
        var tolerance = EditDistance.Tolerance(normalized.Length);
        if (tolerance == 0 || normalized.Length > 40)
        {
            return -1;
        }
        var fuzzy = -1;
        foreach (var (phrase, index) in _phrases)
        {
            if (EditDistance.Within(normalized, phrase, Math.Min(tolerance, EditDistance.Tolerance(phrase.Length))))
            {
                if (fuzzy >= 0 && fuzzy != index)
                {
                    return -1;
                }
                fuzzy = index;
            }
        }
        return fuzzy;
    }

    /// <summary>Whole-word containment that is not negated by the word just before it.</summary>
    private static bool Contains(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + phrase.Length;
            var wholeWord = (at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ');
            if (wholeWord && !NegatedBefore(text, at))
            {
                return true;
            }
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }
        return false;
    }

    private static bool NegatedBefore(string text, int at)
    {
        if (at < 2)
        {
            return false;
        }
        var end = at - 1;
        var start = text.LastIndexOf(' ', end - 1) + 1;
        var word = text.AsSpan(start, end - start);
        return word is "not" or "no" or "dont" or "never" or "nunca" or "isnt" or "arent";
    }
}
