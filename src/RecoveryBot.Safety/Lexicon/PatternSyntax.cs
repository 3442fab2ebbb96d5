namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// Splits one lexicon pattern into slots. Syntax (dialogs/safety/README.md):
/// words; <c>{a|b c|}</c> alternatives (an empty one makes the group optional); <c>[x y]</c> optional;
/// <c>@class</c> a word class; <c>#</c> any number; <c>stem*</c> any word starting with stem;
/// <c>~</c> / <c>~N</c> up to 3 / N other words may come before the next slot (never across a sentence end).
/// </summary>
internal static class PatternSyntax
{
    /// <summary>A slot: its alternatives (raw text, each possibly several words) and the gap allowed before it.</summary>
    public sealed record Slot(IReadOnlyList<string> Alternatives, int GapBefore);

    public static List<Slot> Parse(string pattern)
    {
        var slots = new List<Slot>();
        var gap = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '{' or '[')
            {
                var close = pattern.IndexOf(c == '{' ? '}' : ']', i);
                if (close < 0) throw new FormatException($"unclosed '{c}' in pattern \"{pattern}\"");
                var alts = pattern[(i + 1)..close].Split('|').Select(a => a.Trim()).ToList();
                if (c == '[') alts = [string.Join(' ', alts), ""];
                slots.Add(new Slot(alts, gap));
                gap = 0;
                i = close + 1;
                continue;
            }
            var end = i;
            while (end < pattern.Length && !char.IsWhiteSpace(pattern[end])) end++;
            var word = pattern[i..end];
            i = end;
            if (word[0] == '~')
            {
                gap = word.Length == 1 ? 3 : int.Parse(word[1..], System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            slots.Add(new Slot([word], gap));
            gap = 0;
        }
        if (gap != 0) throw new FormatException($"pattern \"{pattern}\" ends with a gap");
        return slots;
    }
}
