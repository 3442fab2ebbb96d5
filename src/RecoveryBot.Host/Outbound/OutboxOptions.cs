namespace RecoveryBot.Host.Outbound;

/// <summary><c>Outbox</c>: how Connector replies are retried (issue 7 §4).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long an instance holds a conversation's queue without renewing; then another instance takes it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often every instance looks for queues whose owner died (and items of a previous run).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The backoff cap: a failing reply (a crisis reply too) is retried forever at most this far apart.</summary>
    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromMinutes(5);
}
