using RecoveryBot.Storage.Schema;

namespace RecoveryBot.Storage.Postgres;

/// <summary>The PostgreSQL schema, as numbered steps; <c>{s}</c> is the quoted schema name.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> For(string quotedSchema) =>
    [
        new(1, "records and activity logs", """
            CREATE TABLE {s}.records (
                key text NOT NULL PRIMARY KEY,
                data bytea NOT NULL,
                etag text NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE INDEX records_updated_at ON {s}.records (updated_at);
            CREATE TABLE {s}.activity_counters (
                conversation_id text NOT NULL PRIMARY KEY,
                last_watermark bigint NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE TABLE {s}.activities (
                conversation_id text NOT NULL,
                watermark bigint NOT NULL,
                json bytea NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (conversation_id, watermark));
            CREATE INDEX activities_created_at ON {s}.activities (created_at);
            """.Replace("{s}", quotedSchema, StringComparison.Ordinal)),
        new(2, "audit log", """
            CREATE TABLE {s}.audit_log (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                conversation_id text NULL,
                ticket_id text NULL,
                detail text NULL);
            CREATE INDEX audit_log_at ON {s}.audit_log (at);
            CREATE INDEX audit_log_conversation ON {s}.audit_log (conversation_id);
            """.Replace("{s}", quotedSchema, StringComparison.Ordinal)),
        new(3, "outbox", """
            CREATE TABLE {s}.outbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                queue_key text NOT NULL,
                payload bytea NOT NULL,
                attempts int NOT NULL DEFAULT 0,
                created_at timestamptz NOT NULL,
                lease_until timestamptz NOT NULL);
            CREATE INDEX outbox_queue ON {s}.outbox (queue_key, id);
            CREATE INDEX outbox_lease ON {s}.outbox (lease_until);
            """.Replace("{s}", quotedSchema, StringComparison.Ordinal)),
    ];
}
