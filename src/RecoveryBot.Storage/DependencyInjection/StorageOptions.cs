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

    public SqliteStorageOptions Sqlite { get; set; } = new();
}

/// <summary><c>Storage:Sqlite</c>: settings that only apply to the embedded SQLite provider.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>
    /// Operator quota: the database file may grow to at most this many pages (SQLite <c>PRAGMA max_page_count</c>;
    /// 4 KiB pages, so 262144 ≈ 1 GiB). Past it, writes fail with SQLITE_FULL exactly as on a full disk: turns get
    /// the polite try-again reply and /readyz turns unhealthy, so the quota is a safe early warning before the real
    /// disk fills. Unset = no quota. Re-read when configuration reloads (raise it without a restart).
    /// </summary>
    public long? MaxPageCount { get; set; }
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
