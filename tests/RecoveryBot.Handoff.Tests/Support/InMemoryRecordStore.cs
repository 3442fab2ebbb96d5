using System.Collections.Concurrent;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>
/// IRecordStore in memory with real ETag semantics. <see cref="HoldReadsUntil"/> makes N readers of one key meet
/// before any continues, so a test can force two writers to read the same version (a true race).
/// </summary>
public sealed class InMemoryRecordStore : IRecordStore
{
    private readonly ConcurrentDictionary<string, StoredRecord> records = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long version;
    private (string Key, int Remaining, TaskCompletionSource Release)? hold;

    public IReadOnlyDictionary<string, StoredRecord> All => records;

    public int Conflicts { get; private set; }

    public void HoldReadsUntil(string key, int readers) =>
        hold = (key, readers, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public async Task<StoredRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        records.TryGetValue(key, out var record);
        Task? release = null;
        lock (gate)
        {
            // Read and count down the hold under the lock: two readers that copied it outside the lock both counted
            // down from the same number, neither released, and both waited out the timeout (one CI run).
            if (hold is { } h && h.Key == key)
            {
                var remaining = h.Remaining - 1;
                hold = remaining > 0 ? (h.Key, remaining, h.Release) : null;
                if (remaining <= 0)
                {
                    h.Release.TrySetResult();
                }
                release = h.Release.Task;
            }
        }
        if (release is not null)
        {
            await release.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        return record;
    }

    public Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            records.TryGetValue(key, out var current);
            if (current?.ETag != expectedETag)
            {
                Conflicts++;
                throw new ConcurrencyConflictException(key);
            }
            var etag = $"\"{++version}\"";
            records[key] = new StoredRecord(key, data, etag);
            return Task.FromResult(etag);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(records.TryRemove(key, out _));

    public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        var keys = records.Keys.Where(k => k.StartsWith(keyPrefix, StringComparison.Ordinal)).ToList();
        keys.ForEach(k => records.TryRemove(k, out _));
        return Task.FromResult(keys.Count);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
