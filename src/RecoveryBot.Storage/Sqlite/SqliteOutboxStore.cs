using RecoveryBot.Storage.Outbox;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>The outbox in the SQLite file; one process owns the file, so leases only matter after a restart.</summary>
public sealed class SqliteOutboxStore(SqliteDatabase db) : IOutboxStore
{
    private const string InsertSql = "INSERT INTO outbox (queue_key, payload, attempts, created_at, lease_until) VALUES ($q, $p, 0, $now, $lease) RETURNING id";
    private const string LeaseQueueSql = "UPDATE outbox SET lease_until = max(lease_until, $lease) WHERE queue_key = $q";
    private const string ClaimSql = """
        UPDATE outbox SET lease_until = $lease
        WHERE id IN (SELECT id FROM outbox
            WHERE queue_key IN (SELECT queue_key FROM outbox GROUP BY queue_key HAVING max(lease_until) < $now)
            ORDER BY id LIMIT $max)
        RETURNING id, queue_key, payload, attempts, created_at
        """;
    private const string AttemptsSql = "UPDATE outbox SET attempts = $a WHERE id = $id";
    private const string DeleteSql = "DELETE FROM outbox WHERE id = $id";
    private const string DeleteQueueSql = "DELETE FROM outbox WHERE queue_key = $q";
    private const string DeleteOldSql = "DELETE FROM outbox WHERE created_at < $cutoff";

    public async Task<IReadOnlyList<long>> AddAsync(string queueKey, IReadOnlyList<byte[]> payloads, DateTimeOffset leaseUntil, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queueKey);
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0) return [];
        return await db.WriteAsync(s =>
        {
            using var tx = s.Connection.BeginTransaction();
            var ids = new List<long>(payloads.Count);
            var insert = s.Command(InsertSql, tx, "$q", "$p", "$now", "$lease");
            foreach (var payload in payloads)
            {
                insert.Parameters[0].Value = queueKey;
                insert.Parameters[1].Value = payload;
                insert.Parameters[2].Value = db.NowMs();
                insert.Parameters[3].Value = leaseUntil.ToUnixTimeMilliseconds();
                ids.Add(Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
            }
            // Items already waiting in this queue stay leased at least as long as the new ones.
            LeaseQueue(s, tx, queueKey, leaseUntil);
            tx.Commit();
            return ids;
        }, ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxItem>> ClaimExpiredAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct = default)
    {
        var items = await db.WriteAsync(s =>
        {
            var claim = s.Command(ClaimSql, null, "$lease", "$now", "$max");
            claim.Parameters[0].Value = leaseUntil.ToUnixTimeMilliseconds();
            claim.Parameters[1].Value = now.ToUnixTimeMilliseconds();
            claim.Parameters[2].Value = max;
            var list = new List<OutboxItem>();
            using var reader = claim.ExecuteReader();
            while (reader.Read())
                list.Add(new OutboxItem(reader.GetInt64(0), reader.GetString(1), (byte[])reader.GetValue(2), reader.GetInt32(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
            return list;
        }, ct).ConfigureAwait(false);
        items.Sort((a, b) => a.Id.CompareTo(b.Id));
        return items;
    }

    public async Task ExtendLeaseAsync(string queueKey, long itemId, int attempts, DateTimeOffset leaseUntil, CancellationToken ct = default) =>
        await db.WriteAsync(s =>
        {
            LeaseQueue(s, null, queueKey, leaseUntil);
            var update = s.Command(AttemptsSql, null, "$a", "$id");
            update.Parameters[0].Value = attempts;
            update.Parameters[1].Value = itemId;
            return update.ExecuteNonQuery();
        }, ct).ConfigureAwait(false);

    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default) =>
        await Exec(DeleteSql, "$id", id, ct).ConfigureAwait(false) > 0;

    public Task<int> DeleteQueueAsync(string queueKey, CancellationToken ct = default) => Exec(DeleteQueueSql, "$q", queueKey, ct);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct = default) =>
        Exec(DeleteOldSql, "$cutoff", cutoff.ToUnixTimeMilliseconds(), ct);

    private static void LeaseQueue(SqliteSession s, Microsoft.Data.Sqlite.SqliteTransaction? tx, string queueKey, DateTimeOffset leaseUntil)
    {
        var lease = s.Command(LeaseQueueSql, tx, "$lease", "$q");
        lease.Parameters[0].Value = leaseUntil.ToUnixTimeMilliseconds();
        lease.Parameters[1].Value = queueKey;
        lease.ExecuteNonQuery();
    }

    private async Task<int> Exec(string sql, string name, object value, CancellationToken ct) =>
        await db.WriteAsync(s =>
        {
            var command = s.Command(sql, null, name);
            command.Parameters[0].Value = value;
            return command.ExecuteNonQuery();
        }, ct).ConfigureAwait(false);
}
