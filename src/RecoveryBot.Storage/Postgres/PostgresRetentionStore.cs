using Npgsql;
using RecoveryBot.Storage.Retention;

namespace RecoveryBot.Storage.Postgres;

public sealed class PostgresRetentionStore(PostgresDatabase db) : IRetentionStore
{
    public async Task<PurgeResult> PurgeOlderThanAsync(DateTimeOffset cutoff, IReadOnlyList<string> exemptKeyPrefixes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exemptKeyPrefixes);
        await db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await db.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var at = cutoff.ToUniversalTime();
        var records = await ExecAsync(connection, tx,
            $"DELETE FROM {db.Table("records")} WHERE updated_at < $1 AND NOT EXISTS (SELECT 1 FROM unnest($2::text[]) p WHERE starts_with(key, p))",
            cancellationToken, at, exemptKeyPrefixes.ToArray()).ConfigureAwait(false);
        var activities = await ExecAsync(connection, tx, $"DELETE FROM {db.Table("activities")} WHERE created_at < $1", cancellationToken, at).ConfigureAwait(false);
        // A counter goes only with the last entry of its conversation, so watermarks never restart under a client.
        await ExecAsync(connection, tx,
            $"DELETE FROM {db.Table("activity_counters")} c WHERE c.updated_at < $1 "
            + $"AND NOT EXISTS (SELECT 1 FROM {db.Table("activities")} a WHERE a.conversation_id = c.conversation_id)",
            cancellationToken, at).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new PurgeResult(records, activities);
    }

    private static async Task<int> ExecAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var arg in args) command.Parameters.Add(new NpgsqlParameter { Value = arg });
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
