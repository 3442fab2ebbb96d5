using RecoveryBot.Safety.Matching;
using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Detection;

/// <summary>Per-thread working buffers, so assessing a message allocates nothing but its result.</summary>
internal sealed class Scratch
{
    [ThreadStatic] private static Scratch? current;

    public char[] Chars = new char[4096];
    public TokenSpan[] Tokens = new TokenSpan[1024];
    public int[] Exact = new int[1024];
    public int[] Prefix = new int[1024];
    public Hit[] Hits = new Hit[512];
    public bool[] Dropped = new bool[512];

    public static Scratch For(int textLength)
    {
        var s = current ??= new Scratch();
        var needed = TextNormalizer.BufferSizeFor(textLength);
        if (s.Chars.Length < needed)
        {
            s.Chars = new char[needed];
            var tokens = (textLength / 2) + 8;
            s.Tokens = new TokenSpan[tokens];
            s.Exact = new int[tokens];
            s.Prefix = new int[tokens];
        }
        // Concept words ("i", "go", "tonight") add hits: keep room for about one hit per word, so a crisis buried at
        // the end of a long message is never cut off by a full buffer (SAFETY-NOTES §7 rule 7).
        var hits = textLength / 2 + 512;
        if (s.Hits.Length < hits)
        {
            s.Hits = new Hit[hits];
            s.Dropped = new bool[hits];
        }
        return s;
    }
}
