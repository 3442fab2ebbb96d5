using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Storage.DependencyInjection;

namespace RecoveryBot.Storage.Retention;

/// <summary>The background purge (issue 7): every interval, deletes what is older than the retention period.</summary>
public sealed class RetentionService(IRetentionStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    /// <summary>One purge now; returns what it removed.</summary>
    public async Task<PurgeResult> PurgeOnceAsync(CancellationToken ct)
    {
        var retention = options.Value.Retention;
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(retention.Days);
        var result = await store.PurgeOlderThanAsync(cutoff, retention.ExemptKeyPrefixes, ct).ConfigureAwait(false);
        logger.LogInformation("Retention purge removed {Records} records and {Activities} activities older than {Days} days.",
            result.Records, result.Activities, retention.Days);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Retention.Days <= 0) return; // 0 or less: keep forever (an explicit operator choice)
        using var timer = new PeriodicTimer(options.Value.Retention.Interval, time);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention purge failed; it runs again next interval.");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
