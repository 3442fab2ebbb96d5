using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Hashed features over the detector's normalised tokens (brief §1): word unigrams and bigrams (bigrams never
/// cross a sentence or clause break) plus character 3–5-grams inside each word with boundary marks ("&lt;me",
/// "mato&gt;"), which survive typos and Spanish morphology ("matarme", "mataré"). Numbers become a length class so
/// "took 40" and "took 60" share a feature. Writes bucket indices into the caller's span; allocates nothing.
/// </summary>
public sealed class FeatureExtractor(TextNormalizer normalizer, int bucketBits)
{
    private const int MaxGramWord = 32;
    private const uint UnigramSeed = 0x11;
    private const uint BigramSeed = 0x22;
    private const uint CharSeed = 0x30;

    public int BucketBits { get; } = bucketBits is >= 10 and <= 24 ? bucketBits
        : throw new ArgumentOutOfRangeException(nameof(bucketBits));

    public int Buckets => 1 << BucketBits;

    public TextNormalizer Normalizer { get; } = normalizer;

    /// <summary>Upper bound of features for a normalised buffer of <paramref name="chars"/> chars.</summary>
    public static int MaxFeatures(int chars) => (chars * 6) + 16;

    /// <summary>Normalises <paramref name="text"/> with thread-local scratch; the span is valid until the next call.</summary>
    public ReadOnlySpan<int> Extract(ReadOnlySpan<char> text)
    {
        var s = ClassifierScratch.For(text.Length);
        var n = Normalizer.Normalize(text, s.Chars, s.Tokens);
        return Extract(new NormalizedText(s.Chars, s.Tokens.AsSpan(0, n)));
    }

    /// <summary>Features of text the rules already normalised (the same tokens, read once); valid until the next call.</summary>
    internal ReadOnlySpan<int> Extract(NormalizedText normalized)
    {
        var tokens = normalized.Tokens;
        var used = tokens.IsEmpty ? 0 : tokens[^1].Start + tokens[^1].Length;
        var buffer = ClassifierScratch.FeaturesFor(used);
        var count = Extract(normalized.Chars, tokens, buffer);
        return buffer.AsSpan(0, count);
    }

    public int Extract(ReadOnlySpan<char> chars, ReadOnlySpan<TokenSpan> tokens, Span<int> features)
    {
        var mask = (uint)(Buckets - 1);
        var count = 0;
        var previous = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if ((t.Flags & TokenFlags.Punctuation) != 0) { previous = -1; continue; }
            var word = chars.Slice(t.Start, t.Length);
            var number = (t.Flags & TokenFlags.Number) != 0;
            var uni = WordHash(UnigramSeed, word, number);
            features[count++] = (int)(StableHash.Finish(uni) & mask);
            if (previous >= 0)
            {
                var p = tokens[previous];
                var h = WordHash(BigramSeed, chars.Slice(p.Start, p.Length), (p.Flags & TokenFlags.Number) != 0);
                h = StableHash.Add(h, '\u0001');
                h = AddWord(h, word, number);
                features[count++] = (int)(StableHash.Finish(h) & mask);
            }
            previous = i;
            if (!number) count += CharGrams(word.Length > MaxGramWord ? word[..MaxGramWord] : word, features[count..], mask);
        }
        return count;
    }

    private static uint WordHash(uint seed, ReadOnlySpan<char> word, bool number) => AddWord(StableHash.Start(seed), word, number);

    private static uint AddWord(uint h, ReadOnlySpan<char> word, bool number) => number
        ? StableHash.Add(StableHash.Add(h, '#'), (char)('0' + Math.Min(word.Length, 3)))
        : StableHash.Add(h, word);

    /// <summary>
    /// 3–5-grams of "&lt;word&gt;" (marks at both ends). FNV is incremental, so each start position hashes its
    /// 3-gram once and extends it to the 4- and 5-gram (the lengths differ, so they land in different buckets).
    /// </summary>
    private static int CharGrams(ReadOnlySpan<char> word, Span<int> features, uint mask)
    {
        var padded = word.Length + 2;
        var count = 0;
        for (var start = 0; start + 3 <= padded; start++)
        {
            var h = StableHash.Start(CharSeed);
            var end = Math.Min(start + 5, padded);
            for (var k = start; k < end; k++)
            {
                h = StableHash.Add(h, k == 0 ? '<' : k == padded - 1 ? '>' : word[k - 1]);
                if (k - start >= 2) features[count++] = (int)(StableHash.Finish(h) & mask);
            }
        }
        return count;
    }
}
