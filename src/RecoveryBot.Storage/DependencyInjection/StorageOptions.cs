namespace RecoveryBot.Storage.DependencyInjection;

/// <summary>The <c>Storage</c> configuration section (issue 2 §7, issue 7).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite: <c>Data Source=data/recoverybot.db</c> (relative to the content root). Postgres: an Npgsql connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL schema holding our tables; several deployments (or test runs) can share one database.</summary>
    public string Schema { get; set; } = "recoverybot";

    public RetentionOptions Retention { get; set; } = new();
}

/// <summary><c>Storage:Retention</c>: how long transcripts and conversation state are kept (issue 7, default 30 days).</summary>
public sealed class RetentionOptions
{
    public int Days { get; set; } = 30;

    /// <summary>How often the background purge runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Record keys that outlive retention (keys, responder accounts). Store such records under these prefixes.</summary>
    public List<string> ExemptKeyPrefixes { get; set; } = ["durable/"];
}
