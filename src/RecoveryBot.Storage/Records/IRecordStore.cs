namespace RecoveryBot.Storage.Records;

/// <summary>A stored record and its version tag.</summary>
public sealed record StoredRecord(string Key, byte[] Data, string ETag);

/// <summary>
/// Key → JSON bytes with optimistic concurrency (ARCHITECTURE §8). A write names the ETag it read (or null for
/// "must not exist yet"); a mismatch throws <see cref="ConcurrencyConflictException"/> and nothing is written.
/// </summary>
public interface IRecordStore
{
    Task<StoredRecord?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <returns>The new ETag.</returns>
    Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes every record whose key starts with the prefix ("delete my data").</summary>
    Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>True when storage answers (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}

public sealed class ConcurrencyConflictException(string key)
    : Exception($"The record '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}
