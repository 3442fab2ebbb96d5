using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Outbox;

namespace RecoveryBot.Host.Outbound;

/// <summary>
/// Sends outbox items of one queue in order: each is retried with exponential backoff (capped, never given up —
/// a crisis reply must arrive) while the queue's lease is renewed, and deleted once the Connector accepted it.
/// Only an item older than the retention period is dropped: nobody can be helped by it any more, and the
/// clinic promised not to keep it. Logs carry ids only.
/// </summary>
public sealed partial class OutboxDelivery(
    IOutboxStore outbox,
    IConnectorClient connector,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    IOptions<StorageOptions> storage,
    ILogger<OutboxDelivery> logger)
{
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();

    /// <summary>Items this process is delivering (the sweeper leaves them alone).</summary>
    public bool IsInFlight(long id) => _inFlight.ContainsKey(id);

    public void Track(IEnumerable<OutboxItem> items)
    {
        foreach (var item in items) _inFlight.TryAdd(item.Id, 0);
    }

    public async Task DeliverAsync(IReadOnlyList<OutboxItem> items, CancellationToken stopping)
    {
        Track(items);
        try
        {
            foreach (var item in items)
            {
                await DeliverOneAsync(item, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the items stay in the outbox and are taken over once the lease ends.
        }
        finally
        {
            foreach (var item in items) _inFlight.TryRemove(item.Id, out _);
        }
    }

    private async Task DeliverOneAsync(OutboxItem item, CancellationToken stopping)
    {
        OutboxEnvelope envelope;
        try
        {
            envelope = OutboxEnvelope.FromBytes(item.Payload);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            LogUnreadable(logger, item.Id, item.QueueKey);
            await DeleteAsync(item);
            return;
        }

        var attempts = item.Attempts;
        while (true)
        {
            stopping.ThrowIfCancellationRequested();
            if (Expired(item))
            {
                LogExpired(logger, item.Id, item.QueueKey, attempts);
                await DeleteAsync(item);
                return;
            }
            try
            {
                await SendAsync(envelope, stopping);
                await DeleteAsync(item);
                return;
            }
            catch (Exception ex) when (IsPermanent(ex))
            {
                // Retrying cannot help: the host is not one we send tokens to, or the channel rejected the activity
                // itself (gone conversation, blocked bot, too large). Keep the ids in the log for the on-call engineer.
                LogPermanent(logger, ex.GetType().Name, (ex as ConnectorException)?.StatusCode, item.Id, item.QueueKey);
                await DeleteAsync(item);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                attempts++;
                var delay = Backoff(attempts);
                LogRetry(logger, ex.GetType().Name, (ex as ConnectorException)?.StatusCode, item.Id, item.QueueKey, attempts, (int)delay.TotalSeconds);
                await RenewLeaseAsync(item, attempts, delay);
                await Task.Delay(delay, clock, stopping);
            }
        }
    }

    private Task SendAsync(OutboxEnvelope envelope, CancellationToken ct) =>
        envelope.Activity.ReplyToId is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(envelope.ServiceUrl, envelope.ConversationId, replyToId, envelope.Activity, ct)
            : connector.SendToConversationAsync(envelope.ServiceUrl, envelope.ConversationId, envelope.Activity, ct);

    /// <summary>Failures no retry can fix (PROTOCOL §3.4): an untrusted serviceUrl, or 400/403/404/405/413 from the channel.</summary>
    public static bool IsPermanent(Exception ex) => ex switch
    {
        UntrustedServiceUrlException => true,
        ConnectorException { StatusCode: 400 or 403 or 404 or 405 or 413 } => true,
        _ => false,
    };

    /// <summary>1 s, 2 s, 4 s … capped at <see cref="OutboxOptions.MaxRetry"/>, with up to 10 % jitter so instances do not retry in step.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var exponent = Math.Min(attempts - 1, 20);
        var ticks = Math.Min(o.MaxRetry.Ticks, o.FirstRetry.Ticks * (1L << exponent));
        return TimeSpan.FromTicks(ticks + (long)(ticks * 0.1 * Random.Shared.NextDouble()));
    }

    private bool Expired(OutboxItem item) =>
        storage.Value.Retention.Days > 0 && clock.GetUtcNow() - item.CreatedAt > TimeSpan.FromDays(storage.Value.Retention.Days);

    private async Task RenewLeaseAsync(OutboxItem item, int attempts, TimeSpan delay)
    {
        if (item.Id <= 0) return; // not stored (storage was down when the turn ended): memory only
        try
        {
            await outbox.ExtendLeaseAsync(item.QueueKey, item.Id, attempts, clock.GetUtcNow() + delay + options.Value.Lease);
        }
        catch (Exception ex)
        {
            LogStoreFailed(logger, ex, item.Id);
        }
    }

    private async Task DeleteAsync(OutboxItem item)
    {
        if (item.Id <= 0) return;
        try
        {
            await outbox.DeleteAsync(item.Id);
        }
        catch (Exception ex)
        {
            // At-least-once: the item is sent again after the lease ends. Better twice than never.
            LogStoreFailed(logger, ex, item.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox item {ItemId} ({QueueKey}) failed ({Error} {Status}), attempt {Attempts}; retrying in {Seconds} s")]
    private static partial void LogRetry(ILogger logger, string error, int? status, long itemId, string queueKey, int attempts, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox item {ItemId} ({QueueKey}) dropped: permanent failure ({Error} {Status})")]
    private static partial void LogPermanent(ILogger logger, string error, int? status, long itemId, string queueKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox item {ItemId} ({QueueKey}) dropped after {Attempts} attempts: older than the retention period")]
    private static partial void LogExpired(ILogger logger, long itemId, string queueKey, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox item {ItemId} ({QueueKey}) is unreadable and was dropped")]
    private static partial void LogUnreadable(ILogger logger, long itemId, string queueKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox bookkeeping failed for item {ItemId}")]
    private static partial void LogStoreFailed(ILogger logger, Exception ex, long itemId);
}
