using System.Text;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Counts the words of a raw message the way a reader would (an emoji is a word; an apostrophe inside a word is part of
/// it), stopping as soon as the count reaches what the caller needs to know, so a 5 KB message costs a few characters.
/// </summary>
public static class MessageWords
{
    /// <summary>The number of words, or <paramref name="stopAt"/> when there are at least that many.</summary>
    public static int Count(ReadOnlySpan<char> text, int stopAt)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool wordChar;
            if (char.IsSurrogate(c) || c > 0x2000)
            {
                // Emoji and pictographs are words to the detector (normalisation maps many to tokens).
                if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != System.Buffers.OperationStatus.Done) continue;
                if (used == 2) i++;
                if (!Rune.IsLetterOrDigit(rune))
                {
                    inWord = false;
                    if (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.OtherSymbol && ++words >= stopAt) return stopAt;
                    continue;
                }
                wordChar = true;
            }
            else
            {
                wordChar = char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’');
            }
            if (wordChar && !inWord && ++words >= stopAt) return stopAt;
            inWord = wordChar;
        }
        return words;
    }
}
