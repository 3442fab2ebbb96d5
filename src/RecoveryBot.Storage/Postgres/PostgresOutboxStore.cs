using Npgsql;
using RecoveryBot.Storage.Outbox;

namespace RecoveryBot.Storage.Postgres;

/// <summary>
/// The outbox shared by all instances. A claim leases whole queues whose every item's lease has ended, with
/// FOR UPDATE SKIP LOCKED so two instances sweeping together never take the same items.
/// </summary>
public sealed class PostgresOutboxStore : IOutboxStore
{
    private readonly PostgresDatabase _db;
    private readonly string _insert, _leaseQueue, _claim, _attempts, _delete, _deleteQueue, _deleteOld;

    public PostgresOutboxStore(PostgresDatabase db)
    {
        _db = db;
        var t = db.Table("outbox");
        _insert = $"INSERT INTO {t} (queue_key, payload, attempts, created_at, lease_until) SELECT $1, p, 0, $3, $4 FROM unnest($2::bytea[]) WITH ORDINALITY AS x(p, ord) ORDER BY ord RETURNING id";
        _leaseQueue = $"UPDATE {t} SET lease_until = GREATEST(lease_until, $2) WHERE queue_key = $1";
        _claim = $"""
            UPDATE {t} SET lease_until = $1
            WHERE id IN (
                SELECT o.id FROM {t} o
                WHERE NOT EXISTS (SELECT 1 FROM {t} h WHERE h.queue_key = o.queue_key AND h.lease_until >= $2)
                ORDER BY o.id LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING id, queue_key, payload, attempts, created_at
            """;
        _attempts = $"UPDATE {t} SET attempts = $2 WHERE id = $1";
        _delete = $"DELETE FROM {t} WHERE id = $1";
        _deleteQueue = $"DELETE FROM {t} WHERE queue_key = $1";
        _deleteOld = $"DELETE FROM {t} WHERE created_at < $1";
    }

    public async Task<IReadOnlyList<long>> AddAsync(string queueKey, IReadOnlyList<byte[]> payloads, DateTimeOffset leaseUntil, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queueKey);
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0) return [];
        await _db.ReadyAsync(ct).ConfigureAwait(false);
        await using var connection = await _db.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var ids = new List<long>(payloads.Count);
        await using (var insert = new NpgsqlCommand(_insert, connection, tx))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = queueKey });
            insert.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. payloads] });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = _db.Time.GetUtcNow() });
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil.ToUniversalTime() });
            await using var reader = await insert.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await reader.ReadAsync(ct).ConfigureAwait(false)) ids.Add(reader.GetInt64(0));
        }
        await using (var lease = LeaseCommand(connection, tx, queueKey, leaseUntil))
            await lease.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        ids.Sort();
        return ids;
    }

    public async Task<IReadOnlyList<OutboxItem>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct = default)
    {
        await _db.ReadyAsync(ct).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(_claim);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        var items = new List<OutboxItem>();
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
                items.Add(new OutboxItem(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2), reader.GetInt32(3),
                    reader.GetFieldValue<DateTimeOffset>(4)));
        }
        items.Sort((a, b) => a.Id.CompareTo(b.Id));
        return items;
    }

    public async Task ExtendLeaseAsync(string queueKey, long itemId, int attempts, DateTimeOffset leaseUntil, CancellationToken ct = default)
    {
        await _db.ReadyAsync(ct).ConfigureAwait(false);
        await using var batch = _db.DataSource.CreateBatch();
        var lease = new NpgsqlBatchCommand(_leaseQueue);
        lease.Parameters.Add(new NpgsqlParameter<string> { TypedValue = queueKey });
        lease.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil.ToUniversalTime() });
        var count = new NpgsqlBatchCommand(_attempts);
        count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = itemId });
        count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = attempts });
        batch.BatchCommands.Add(lease);
        batch.BatchCommands.Add(count);
        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default) => await ExecAsync(_delete, id, ct).ConfigureAwait(false) > 0;

    public Task<int> DeleteQueueAsync(string queueKey, CancellationToken ct = default) => ExecAsync(_deleteQueue, queueKey, ct);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct = default) => ExecAsync(_deleteOld, cutoff.ToUniversalTime(), ct);

    private NpgsqlCommand LeaseCommand(NpgsqlConnection connection, NpgsqlTransaction tx, string queueKey, DateTimeOffset leaseUntil)
    {
        var command = new NpgsqlCommand(_leaseQueue, connection, tx);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = queueKey });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil.ToUniversalTime() });
        return command;
    }

    private async Task<int> ExecAsync<T>(string sql, T value, CancellationToken ct)
    {
        await _db.ReadyAsync(ct).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
