namespace RecoveryBot.DirectLine.Options;

/// <summary>Settings of the self-hosted Direct Line 3.0 server (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>HS256 key (base64, ≥ 32 bytes). When absent a key is generated once and persisted (record store
    /// or <see cref="DataFolder"/>) so tokens survive restarts; several instances must share it.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>SHA-256 hashes (hex) of accepted Direct Line secrets; several allow rotation.</summary>
    public List<string> SecretHashes { get; set; } = [];

    /// <summary>Plaintext secrets (development convenience); hashed at start, never kept.</summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>Token lifetime; must stay well above DirectLineJS's 15-minute refresh (PROTOCOL §4.3).</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Azure Direct Line answers with channelId "directline"; we do the same (PROTOCOL §4.4).</summary>
    public string ChannelId { get; set; } = "directline";

    public string BotId { get; set; } = "recoverybot";
    public string BotName { get; set; } = "RecoveryBot";

    /// <summary>Largest accepted activity JSON (413 above).</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Largest accepted upload request (413 above). File bytes are never stored.</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Sustained posts per conversation per second, and the burst allowed on top (429 above).</summary>
    public double PostsPerSecond { get; set; } = 5;
    public int PostBurst { get; set; } = 20;

    /// <summary>Empty WebSocket frames keep proxies from closing idle sockets (PROTOCOL §4.5).</summary>
    public int HeartbeatSeconds { get; set; } = 30;

    /// <summary>Where a generated signing key is kept when no record store is registered.</summary>
    public string DataFolder { get; set; } = "data";
}
