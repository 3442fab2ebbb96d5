namespace RecoveryBot.Protocol.Connector;

/// <summary>Outbound settings, section <c>Connector</c>. Retry defaults follow the Teams rate-limit guidance (PROTOCOL §5.10: 3 retries, 2–20 s, jitter).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>Hosts that may receive our token besides the defaults; <c>*.example.org</c> means subdomains only.</summary>
    public List<string> TrustedServiceHosts { get; set; } = [];

    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>Per attempt, so one hung connection is retried instead of eating the whole budget.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
