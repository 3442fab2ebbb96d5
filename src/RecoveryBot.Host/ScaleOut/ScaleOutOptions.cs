namespace RecoveryBot.Host.ScaleOut;

/// <summary><c>ScaleOut</c>: settings for several instances on one PostgreSQL database (issue 7).</summary>
public sealed class ScaleOutOptions
{
    public const string Section = "ScaleOut";

    /// <summary>Connections (per instance) reserved for Direct Line post locks: one per conversation posting right now.</summary>
    public int PostLockPoolSize { get; set; } = 100;

    /// <summary>How long start-up waits for the change feed to listen before serving anyway (it keeps retrying).</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
