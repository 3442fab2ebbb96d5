using RecoveryBot.Safety.Normalization;

namespace RecoveryBot.Safety.Classifier;

/// <summary>Per-thread buffers for featurising one message, so scoring allocates nothing (brief §5).</summary>
internal sealed class ClassifierScratch
{
    [ThreadStatic] private static ClassifierScratch? current;

    public char[] Chars = new char[4096];
    public TokenSpan[] Tokens = new TokenSpan[1024];
    public int[] Features = new int[8192];

    public static ClassifierScratch For(int textLength)
    {
        var s = current ??= new ClassifierScratch();
        var needed = TextNormalizer.BufferSizeFor(textLength);
        if (s.Chars.Length < needed)
        {
            s.Chars = new char[needed];
            s.Tokens = new TokenSpan[(textLength / 2) + 8];
        }
        return s;
    }

    /// <summary>The feature buffer, large enough for tokens normalised into <paramref name="chars"/> chars.</summary>
    public static int[] FeaturesFor(int chars)
    {
        var s = current ??= new ClassifierScratch();
        var features = FeatureExtractor.MaxFeatures(chars);
        if (s.Features.Length < features) s.Features = new int[features];
        return s.Features;
    }
}
