namespace RecoveryBot.Storage.Retention;

/// <summary>What one purge removed.</summary>
public sealed record PurgeResult(int Records, int Activities)
{
    /// <summary>Undelivered outbox items dropped by the same purge (filled in by the retention service).</summary>
    public int OutboxItems { get; init; }
}

/// <summary>
/// Retention (issue 7: transcripts kept only for the retention period). Timestamps are the ones the stores wrote
/// from their <see cref="TimeProvider"/>, so a FakeTimeProvider drives purges in tests.
/// </summary>
public interface IRetentionStore
{
    /// <summary>
    /// Deletes activity-log entries created before <paramref name="cutoff"/> and records last written before it,
    /// except records whose key starts with one of <paramref name="exemptKeyPrefixes"/> (keys, accounts).
    /// A conversation's watermark counter survives while the conversation has entries, so numbering never restarts
    /// under a connected client.
    /// </summary>
    Task<PurgeResult> PurgeOlderThanAsync(DateTimeOffset cutoff, IReadOnlyList<string> exemptKeyPrefixes, CancellationToken cancellationToken = default);
}
