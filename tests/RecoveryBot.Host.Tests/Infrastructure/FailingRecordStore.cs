using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>A record store whose database is down: every call fails the way a lost connection does.</summary>
public sealed class FailingRecordStore : IRecordStore
{
    private static Exception Down() => new IOException("storage is unavailable (test)");

    public Task<StoredRecord?> ReadAsync(string key, CancellationToken cancellationToken = default) => Task.FromException<StoredRecord?>(Down());

    public Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken cancellationToken = default) => Task.FromException<string>(Down());

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => Task.FromException<bool>(Down());

    public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default) => Task.FromException<int>(Down());

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(false);
}
