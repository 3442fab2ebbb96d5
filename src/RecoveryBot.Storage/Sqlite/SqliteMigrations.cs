using RecoveryBot.Storage.Schema;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>The SQLite schema, as numbered steps. Timestamps are Unix milliseconds (UTC) from the TimeProvider.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "records and activity logs", """
            CREATE TABLE records (
                key TEXT NOT NULL PRIMARY KEY,
                data BLOB NOT NULL,
                etag TEXT NOT NULL,
                updated_at INTEGER NOT NULL);
            CREATE INDEX records_updated_at ON records (updated_at);
            CREATE TABLE activity_counters (
                conversation_id TEXT NOT NULL PRIMARY KEY,
                last_watermark INTEGER NOT NULL,
                updated_at INTEGER NOT NULL);
            CREATE TABLE activities (
                conversation_id TEXT NOT NULL,
                watermark INTEGER NOT NULL,
                json BLOB NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, watermark));
            CREATE INDEX activities_created_at ON activities (created_at);
            """),
        new(2, "audit log", """
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                conversation_id TEXT NULL,
                ticket_id TEXT NULL,
                detail TEXT NULL);
            CREATE INDEX audit_log_at ON audit_log (at);
            CREATE INDEX audit_log_conversation ON audit_log (conversation_id);
            """),
        new(3, "outbox", """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                queue_key TEXT NOT NULL,
                payload BLOB NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                created_at INTEGER NOT NULL,
                lease_until INTEGER NOT NULL);
            CREATE INDEX outbox_queue ON outbox (queue_key, id);
            CREATE INDEX outbox_lease ON outbox (lease_until);
            """),
    ];
}
