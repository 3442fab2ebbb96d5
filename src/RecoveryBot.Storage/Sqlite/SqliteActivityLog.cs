using RecoveryBot.Storage.Records;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>
/// Activity log. Watermarks come from a per-conversation counter row, bumped in the same BEGIN IMMEDIATE
/// transaction as the inserts: consecutive, never reused even after old entries are purged.
/// </summary>
public sealed class SqliteActivityLog(SqliteDatabase db) : IActivityLog
{
    private const string BumpSql = "INSERT INTO activity_counters (conversation_id, last_watermark, updated_at) VALUES ($c, $n, $now) "
        + "ON CONFLICT (conversation_id) DO UPDATE SET last_watermark = last_watermark + excluded.last_watermark, updated_at = excluded.updated_at "
        + "RETURNING last_watermark";
    private const string InsertSql = "INSERT INTO activities (conversation_id, watermark, json, created_at) VALUES ($c, $w, $json, $now)";
    private const string ReadSql = "SELECT watermark, json FROM activities WHERE conversation_id = $c AND watermark > $after ORDER BY watermark LIMIT $max";
    private const string ReadLastSql = "SELECT watermark, json FROM (SELECT watermark, json FROM activities WHERE conversation_id = $c ORDER BY watermark DESC LIMIT $max) ORDER BY watermark";
    private const string DeleteSql = "DELETE FROM activities WHERE conversation_id = $c";
    private const string DeleteCounterSql = "DELETE FROM activity_counters WHERE conversation_id = $c";

    public async Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<byte[]> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0) return [];
        return await db.WriteAsync(s =>
        {
            var now = db.NowMs();
            using var tx = s.Connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            var bump = s.Command(BumpSql, tx, "$c", "$n", "$now");
            bump.Parameters[0].Value = conversationId;
            bump.Parameters[1].Value = activities.Count;
            bump.Parameters[2].Value = now;
            var last = Convert.ToInt64(bump.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var insert = s.Command(InsertSql, tx, "$c", "$w", "$json", "$now");
            var watermarks = new long[activities.Count];
            for (var i = 0; i < activities.Count; i++)
            {
                watermarks[i] = last - activities.Count + 1 + i;
                insert.Parameters[0].Value = conversationId;
                insert.Parameters[1].Value = watermarks[i];
                insert.Parameters[2].Value = activities[i];
                insert.Parameters[3].Value = now;
                insert.ExecuteNonQuery();
            }
            tx.Commit();
            return (IReadOnlyList<long>)watermarks;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await db.ReadAsync(s =>
        {
            var command = s.Command(ReadSql, null, "$c", "$after", "$max");
            command.Parameters[0].Value = conversationId;
            command.Parameters[1].Value = afterWatermark;
            command.Parameters[2].Value = max;
            using var reader = command.ExecuteReader();
            var entries = new List<LoggedActivity>();
            while (reader.Read()) entries.Add(new LoggedActivity(reader.GetInt64(0), (byte[])reader.GetValue(1)));
            return (IReadOnlyList<LoggedActivity>)entries;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadLastAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await db.ReadAsync(s =>
        {
            var command = s.Command(ReadLastSql, null, "$c", "$max");
            command.Parameters[0].Value = conversationId;
            command.Parameters[1].Value = max;
            using var reader = command.ExecuteReader();
            var entries = new List<LoggedActivity>();
            while (reader.Read()) entries.Add(new LoggedActivity(reader.GetInt64(0), (byte[])reader.GetValue(1)));
            return (IReadOnlyList<LoggedActivity>)entries;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return await db.WriteAsync(s =>
        {
            using var tx = s.Connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            var delete = s.Command(DeleteSql, tx, "$c");
            delete.Parameters[0].Value = conversationId;
            var deleted = delete.ExecuteNonQuery();
            var counter = s.Command(DeleteCounterSql, tx, "$c");
            counter.Parameters[0].Value = conversationId;
            counter.ExecuteNonQuery();
            tx.Commit();
            return deleted;
        }, cancellationToken).ConfigureAwait(false);
    }
}
