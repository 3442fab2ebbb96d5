using Microsoft.Extensions.Options;
using RecoveryBot.Storage.Outbox;

namespace RecoveryBot.Host.Outbound;

/// <summary>
/// Resumes outbox queues nobody delivers: at start (items left by a previous run, once their lease ends) and
/// every <see cref="OutboxOptions.SweepInterval"/> (queues of an instance that died). Claimed queues go on the
/// same per-conversation work queue as new replies, so their order holds.
/// </summary>
public sealed partial class OutboxSweeper(
    IOutboxStore outbox,
    OutboxDelivery delivery,
    OrderedWorkQueue queue,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    private const int ClaimBatch = 500;

    /// <summary>One sweep; returns how many items it took over.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken stopping)
    {
        var now = clock.GetUtcNow();
        var claimed = await outbox.ClaimExpiredAsync(now, now + options.Value.Lease, ClaimBatch, stopping);
        var fresh = claimed.Where(i => !delivery.IsInFlight(i.Id)).ToList();
        foreach (var group in fresh.GroupBy(i => i.QueueKey))
        {
            var items = group.OrderBy(i => i.Id).ToList();
            delivery.Track(items);
            LogResumed(logger, items.Count, group.Key);
            _ = queue.Enqueue(group.Key, () => delivery.DeliverAsync(items, stopping));
        }
        return fresh.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(logger, ex);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: resuming {Count} items of {QueueKey}")]
    private static partial void LogResumed(ILogger logger, int count, string queueKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox sweep failed; it runs again next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception ex);
}
