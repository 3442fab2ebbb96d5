namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// FNV-1a over UTF-16 code units plus a murmur3 finaliser. Never <see cref="string.GetHashCode()"/>: that one is
/// randomised per process, and a committed model needs the same bucket for the same n-gram everywhere.
/// </summary>
internal static class StableHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Start(uint seed) => (Offset ^ seed) * Prime;

    public static uint Add(uint h, char c) => (h ^ c) * Prime;

    public static uint Add(uint h, ReadOnlySpan<char> s)
    {
        foreach (var c in s) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Spreads FNV's weak low bits before masking to a power-of-two table.</summary>
    public static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}
