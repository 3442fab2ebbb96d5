namespace RecoveryBot.Storage.Outbox;

/// <summary>One outgoing activity waiting to be delivered; <see cref="Id"/> orders the items of a queue.</summary>
public sealed record OutboxItem(long Id, string QueueKey, byte[] Payload, int Attempts, DateTimeOffset CreatedAt);

/// <summary>
/// Durable outgoing activities (issue 7 §4): written before the channel is answered, delivered in id order per
/// queue (one conversation), deleted on success. A queue is leased by the instance delivering it; when that
/// instance dies its lease runs out and another instance claims the whole queue, so items are never delivered by
/// two instances at once and never lost (at-least-once: a crash between a send and its delete repeats that send).
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds the payloads in order (atomically) and leases their queue to the caller until <paramref name="leaseUntil"/>.</summary>
    Task<IReadOnlyList<long>> AddAsync(string queueKey, IReadOnlyList<byte[]> payloads, DateTimeOffset leaseUntil, CancellationToken ct = default);

    /// <summary>
    /// Leases queues nobody holds (every item's lease ended before <paramref name="now"/>) until
    /// <paramref name="leaseUntil"/> and returns up to <paramref name="max"/> of their items, oldest first.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct = default);

    /// <summary>Keeps the queue leased (never shortens a lease) and records the item's attempt count.</summary>
    Task ExtendLeaseAsync(string queueKey, long itemId, int attempts, DateTimeOffset leaseUntil, CancellationToken ct = default);

    Task<bool> DeleteAsync(long id, CancellationToken ct = default);

    /// <summary>Drops a queue ("delete my data").</summary>
    Task<int> DeleteQueueAsync(string queueKey, CancellationToken ct = default);

    /// <summary>Items created before the cutoff (retention: a reply nobody could deliver for that long is dropped).</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct = default);
}
