using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RecoveryBot.Storage.Schema;

namespace RecoveryBot.Storage.Postgres;

/// <summary>
/// One PostgreSQL database (and schema) shared by every RecoveryBot instance: the pooled data source with automatic
/// statement preparation, the schema gate and the table names.
/// </summary>
public sealed partial class PostgresDatabase : IStorageSchema, IAsyncDisposable
{
    /// <summary>Advisory-lock class ids (first key of the two-int form), so our locks never meet other apps' locks.</summary>
    internal const int MigrationLockClass = 0x52420001;
    internal const int ConversationLockClass = 0x52420002;

    private readonly SchemaGate _schema;
    private readonly ILogger _logger;

    public PostgresDatabase(string connectionString, string schema, TimeProvider time, ILogger<PostgresDatabase>? logger = null)
    {
        if (!SchemaName().IsMatch(schema))
            throw new ArgumentException($"Storage:Schema must match {SchemaName()}, got '{schema}'.", nameof(schema));
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Server-side prepared statements for the few statements a turn runs (Npgsql auto-prepare).
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        ConnectionString = builder.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        Schema = schema;
        QuotedSchema = "\"" + schema + "\"";
        Time = time;
        _logger = logger ?? NullLogger<PostgresDatabase>.Instance;
        _schema = new SchemaGate(MigrateAsync);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();

    public NpgsqlDataSource DataSource { get; }
    public string ConnectionString { get; }
    public string Schema { get; }
    internal string QuotedSchema { get; }
    public TimeProvider Time { get; }

    internal string Table(string name) => QuotedSchema + "." + name;

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _schema.EnsureAsync(cancellationToken).AsTask();

    internal ValueTask ReadyAsync(CancellationToken ct) => _schema.EnsureAsync(ct);

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = DataSource.CreateCommand($"SELECT COALESCE(MAX(version), 0) FROM {Table("schema_migrations")}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        // The transaction-scoped advisory lock serialises instances that start together (even CREATE SCHEMA IF NOT
        // EXISTS can fail with a duplicate-key error when two sessions run it at once); it is freed at commit.
        await ExecAsync(connection, tx, "SELECT pg_advisory_xact_lock($1, hashtext($2))", ct, MigrationLockClass, Schema).ConfigureAwait(false);
        await ExecAsync(connection, tx, $"CREATE SCHEMA IF NOT EXISTS {QuotedSchema}", ct).ConfigureAwait(false);
        await ExecAsync(connection, tx, $"CREATE TABLE IF NOT EXISTS {Table("schema_migrations")} (version int NOT NULL PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL)", ct).ConfigureAwait(false);
        await using var read = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {Table("schema_migrations")}", connection, tx);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var migration in PostgresMigrations.For(QuotedSchema).Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await ExecAsync(connection, tx, migration.Sql, ct).ConfigureAwait(false);
            await ExecAsync(connection, tx, $"INSERT INTO {Table("schema_migrations")} (version, description, applied_at) VALUES ($1, $2, $3)", ct,
                migration.Version, migration.Description, Time.GetUtcNow()).ConfigureAwait(false);
            _logger.LogInformation("PostgreSQL schema {Schema} migrated to version {Version} ({Description}).", Schema, migration.Version, migration.Description);
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    private static async Task ExecAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var arg in args) command.Parameters.Add(new NpgsqlParameter { Value = arg });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
