using System.Collections.Frozen;
using System.Text;

namespace RecoveryBot.Safety.Normalization;

/// <summary>
/// Turns raw chat text into lower-case, accent-free word tokens written into a caller's buffer, so matching
/// allocates nothing (SAFETY-NOTES §7 rule 2): apostrophes dropped ("don't" → "dont"), leetspeak undone inside
/// words ("k1ll", "su1cide"), "800mg" split into "800" "mg", runs of 3+ letters cut to two ("diiiie" → "diie"),
/// emoji turned into word tokens (💊 → "pills"), and sentence/clause punctuation kept as "." / "," tokens
/// because the context rules are scoped by them. Words inside a closed pair of quotation marks are flagged
/// <see cref="TokenFlags.Quoted"/> (someone else's words: a lyric, a character's line, a word asked about).
/// </summary>
public sealed class TextNormalizer(FrozenDictionary<int, string> emoji)
{
    public static TextNormalizer Plain { get; } = new(FrozenDictionary<int, string>.Empty);

    /// <summary>Worst case output size for an input of <paramref name="length"/> chars (emoji may expand).</summary>
    public static int BufferSizeFor(int length) => (length * 4) + 16;

    /// <returns>The number of tokens written to <paramref name="tokens"/> (stops when it is full).</returns>
    public int Normalize(ReadOnlySpan<char> text, Span<char> buffer, Span<TokenSpan> tokens)
    {
        var w = new Writer(buffer, tokens);
        var quotes = new QuoteTracker();
        for (var i = 0; i < text.Length && !w.Full; i++)
        {
            var c = text[i];
            if (CharFolding.IsDoubleQuote(c))
            {
                w.EndWord();
                quotes.Double(ref w);
                continue;
            }
            if (CharFolding.IsApostrophe(c))
            {
                // "don't" keeps its apostrophe out of the word; a single quote at a word's edge opens or closes a quote.
                if (c is '\'' or '‘' or '’') quotes.Single(ref w, text, i);
                continue;
            }
            if (char.IsSurrogate(c) || c > 0x2000)
            {
                if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) == System.Buffers.OperationStatus.Done)
                {
                    if (used == 2) i++;
                    if (!Rune.IsLetterOrDigit(rune))
                    {
                        w.EndWord();
                        if (emoji.TryGetValue(rune.Value, out var words)) w.Words(words);
                        else if (CharFolding.IsSentenceEnd(c)) w.Punct('.');
                        continue;
                    }
                }
            }
            var f = CharFolding.Fold(c);
            if (char.IsLetter(f) || char.IsDigit(f))
            {
                w.Char(f);
            }
            else if ((f is '*' or '@' or '$' or '|') && (w.InWord || (i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                w.Char(f);
            }
            else if (f == '.' && w.InWord && i + 1 < text.Length && char.IsDigit(text[i + 1]) && w.LastIsDigit)
            {
                // "2.5mg": keep a decimal number as one number token.
            }
            else
            {
                w.EndWord();
                if (CharFolding.IsSentenceEnd(f)) w.Punct('.');
                else if (CharFolding.IsClauseBreak(f)) w.Punct(',');
            }
        }
        w.EndWord();
        return w.Count;
    }

    /// <summary>
    /// Which quotation is open and from which token. A closing mark flags the words since the opening one; a mark never
    /// closed flags nothing. Single quotes count only at a word's edge, so the apostrophe in "i'm" is not a quote.
    /// </summary>
    private struct QuoteTracker
    {
        private char open;
        private int from;

        public void Double(ref Writer w)
        {
            if (open == '"') { w.MarkQuoted(from); open = '\0'; }
            else if (open == '\0') { open = '"'; from = w.Count; }
        }

        public void Single(ref Writer w, ReadOnlySpan<char> text, int i)
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (open == '\0' && (char.IsWhiteSpace(before) || before is '(' or ':') && char.IsLetter(after))
            {
                w.EndWord();
                open = '\'';
                from = w.Count;
            }
            else if (open == '\'' && !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after))
            {
                w.EndWord();
                w.MarkQuoted(from);
                open = '\0';
            }
        }
    }

    private ref struct Writer(Span<char> buffer, Span<TokenSpan> tokens)
    {
        private readonly Span<char> buffer = buffer;
        private readonly Span<TokenSpan> tokens = tokens;
        private int pos;
        private int start = -1;
        private int run;
        private bool stretched;

        public int Count { get; private set; }
        public readonly bool Full => Count >= tokens.Length - 2 || pos >= buffer.Length - 8;
        public readonly bool InWord => start >= 0;
        public readonly bool LastIsDigit => pos > 0 && char.IsDigit(buffer[pos - 1]);

        public void Char(char c)
        {
            if (start < 0) { start = pos; run = 0; stretched = false; }
            if (pos > start && buffer[pos - 1] == c && char.IsLetter(c))
            {
                if (++run >= 2) { stretched = true; return; }
            }
            else
            {
                run = 0;
            }
            buffer[pos++] = c;
        }

        public void EndWord()
        {
            if (start < 0) return;
            var word = buffer[start..pos];
            var s = start;
            start = -1;
            var digits = 0;
            while (digits < word.Length && char.IsDigit(word[digits])) digits++;
            if (digits == word.Length) { Add(s, word.Length, TokenFlags.Number); return; }
            if (digits > 0)
            {
                // "800mg", "3am", "2nd": a number followed by a unit word.
                Add(s, digits, TokenFlags.Number);
                s += digits;
                word = word[digits..];
            }
            var flags = stretched ? TokenFlags.Stretched : TokenFlags.None;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c == '*') { flags |= TokenFlags.Masked; continue; }
                if (char.IsLetter(c)) continue;
                var l = CharFolding.Leet(c);
                word[i] = l == '\0' ? '*' : l;
                if (l == '\0') flags |= TokenFlags.Masked;
            }
            Add(s, word.Length, flags);
            pos = s + word.Length;
        }

        public void Punct(char p)
        {
            if (Count > 0 && (tokens[Count - 1].Flags & TokenFlags.Punctuation) != 0)
            {
                // "!!!" or ", ." collapse; a sentence end wins over a clause break.
                if (p == '.') buffer[tokens[Count - 1].Start] = '.';
                return;
            }
            buffer[pos] = p;
            Add(pos++, 1, TokenFlags.Punctuation);
        }

        public readonly void MarkQuoted(int from)
        {
            for (var k = from; k < Count; k++) tokens[k] = tokens[k] with { Flags = tokens[k].Flags | TokenFlags.Quoted };
        }

        public void Words(string words)
        {
            foreach (var c in words)
            {
                if (c == ' ') EndWord(); else Char(c);
            }
            EndWord();
        }

        private void Add(int s, int length, TokenFlags flags)
        {
            if (length == 0 || Count >= tokens.Length) return;
            tokens[Count++] = new TokenSpan(s, length, flags);
        }
    }
}
