using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Composition;

/// <summary>
/// The readiness write probe: upserts then deletes one fixed record big enough to need fresh pages, so it fails
/// when the database cannot grow (SQLITE_FULL from a full disk or the page quota) even though reads and in-place
/// updates still work. The delete puts the pages back on the free list, so the file grows once by the probe's size
/// and never again. Its result is cached for <see cref="CacheFor"/> (TimeProvider) so a load balancer polling
/// /readyz under load does not add a write per call.
/// </summary>
public sealed partial class StorageWriteProbe(IRecordStore store, TimeProvider time, ILogger<StorageWriteProbe> logger)
{
    /// <summary>Under the "durable/" prefix so the retention purge leaves it alone (it is deleted at once anyway).</summary>
    public const string Key = "durable/readiness-probe";

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    // 16 KiB: four 4 KiB pages, more than fits in the slack of partly filled pages.
    private static readonly byte[] Payload = new byte[16 * 1024];

    private readonly SemaphoreSlim _one = new(1, 1);
    private (bool Ok, DateTimeOffset Until)? _last;

    public async Task<bool> PingAsync(CancellationToken ct) => await store.PingAsync(ct);

    public async Task<bool> CanWriteAsync(CancellationToken ct)
    {
        if (Fresh() is { } cached) return cached;
        await _one.WaitAsync(ct);
        try
        {
            if (Fresh() is { } again) return again; // another /readyz call probed while this one waited
            var ok = await ProbeAsync(ct);
            _last = (ok, time.GetUtcNow() + CacheFor);
            return ok;
        }
        finally
        {
            _one.Release();
        }
    }

    private bool? Fresh() => _last is { } last && time.GetUtcNow() < last.Until ? last.Ok : null;

    private async Task<bool> ProbeAsync(CancellationToken ct)
    {
        try
        {
            await store.WriteAsync(Key, Payload, RecordETags.Any, ct);
            await store.DeleteAsync(Key, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogProbeFailed(logger, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness write probe failed ({ExceptionType}): storage refuses writes; /readyz reports unhealthy")]
    private static partial void LogProbeFailed(ILogger logger, string exceptionType);
}
