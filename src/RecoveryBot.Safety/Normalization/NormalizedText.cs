namespace RecoveryBot.Safety.Normalization;

/// <summary>A message as the normaliser wrote it: the folded characters and the tokens that index into them.</summary>
internal readonly ref struct NormalizedText(ReadOnlySpan<char> chars, ReadOnlySpan<TokenSpan> tokens)
{
    public ReadOnlySpan<char> Chars { get; } = chars;
    public ReadOnlySpan<TokenSpan> Tokens { get; } = tokens;
}
