namespace RecoveryBot.Storage.Coordination;

/// <summary>
/// Cross-instance signals (issue 7 §3, ARCHITECTURE §8): "conversation X has new activities", "ticket Y changed".
/// Payloads carry ids and watermarks only — never message text — and stay under 7,900 bytes (PostgreSQL NOTIFY).
/// A signal can be missed while an instance reconnects, so a subscriber treats it as a hint and reads the store
/// (e.g. the activity log from its watermark) for the truth.
/// </summary>
public interface IChangeFeed
{
    ValueTask PublishAsync(string channel, string payload, CancellationToken ct);

    /// <summary>Handlers of one channel run one at a time, in publish order per publisher.</summary>
    ChangeSubscription Subscribe(string channel, Func<string, ValueTask> onMessage);
}

/// <summary>A live subscription; dispose to stop receiving.</summary>
public sealed class ChangeSubscription(Task ready, Func<ValueTask> unsubscribe) : IAsyncDisposable
{
    private int _disposed;

    /// <summary>Completes once messages published from now on are delivered (PostgreSQL: LISTEN has run).</summary>
    public Task Ready { get; } = ready;

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _disposed, 1) == 0 ? unsubscribe() : ValueTask.CompletedTask;
}
