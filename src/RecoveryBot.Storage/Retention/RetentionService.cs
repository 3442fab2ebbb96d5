using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Outbox;

namespace RecoveryBot.Storage.Retention;

/// <summary>The background purge (issue 7): every interval, deletes what is older than the retention period.</summary>
/// <remarks>Outbox items go too: a reply nobody could deliver within the period is as old as the transcript it
/// belongs to (the outbox is optional, so hosts without one still purge).</remarks>
public sealed class RetentionService(IRetentionStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionService> logger,
    IOutboxStore? outbox = null)
    : BackgroundService
{
    /// <summary>One purge now; returns what it removed.</summary>
    public async Task<PurgeResult> PurgeOnceAsync(CancellationToken ct)
    {
        var retention = options.Value.Retention;
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(retention.Days);
        var result = await store.PurgeOlderThanAsync(cutoff, retention.ExemptKeyPrefixes, ct).ConfigureAwait(false);
        var outboxItems = outbox is null ? 0 : await outbox.DeleteOlderThanAsync(cutoff, ct).ConfigureAwait(false);
        result = result with { OutboxItems = outboxItems };
        logger.LogInformation("Retention purge removed {Records} records, {Activities} activities and {OutboxItems} outbox items older than {Days} days.",
            result.Records, result.Activities, outboxItems, retention.Days);
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
