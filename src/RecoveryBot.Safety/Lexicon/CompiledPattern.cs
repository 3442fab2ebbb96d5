namespace RecoveryBot.Safety.Lexicon;

/// <summary>A pattern after expansion: a sequence of token-id sets, each with the gap allowed before it.</summary>
public sealed record CompiledPattern(int EntryIndex, int[][] Elements, byte[] Gaps);
