namespace RecoveryBot.Storage.Schema;

/// <summary>One schema step. Versions only grow; a shipped migration is never edited, a new one is added.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
