using RecoveryBot.Storage.Retention;

namespace RecoveryBot.Storage.Sqlite;

public sealed class SqliteRetentionStore(SqliteDatabase db) : IRetentionStore
{
    public async Task<PurgeResult> PurgeOlderThanAsync(DateTimeOffset cutoff, IReadOnlyList<string> exemptKeyPrefixes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exemptKeyPrefixes);
        var cutoffMs = cutoff.ToUnixTimeMilliseconds();
        return await db.WriteAsync(s =>
        {
            using var tx = s.Connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            using var records = s.Connection.CreateCommand();
            records.Transaction = tx;
            records.CommandText = "DELETE FROM records WHERE updated_at < $cutoff";
            records.Parameters.AddWithValue("$cutoff", cutoffMs);
            for (var i = 0; i < exemptKeyPrefixes.Count; i++)
            {
                records.CommandText += $" AND substr(key, 1, length($p{i})) <> $p{i}";
                records.Parameters.AddWithValue($"$p{i}", exemptKeyPrefixes[i]);
            }
            var recordCount = records.ExecuteNonQuery();

            using var activities = s.Connection.CreateCommand();
            activities.Transaction = tx;
            activities.CommandText = "DELETE FROM activities WHERE created_at < $cutoff";
            activities.Parameters.AddWithValue("$cutoff", cutoffMs);
            var activityCount = activities.ExecuteNonQuery();

            // A counter goes only with the last entry of its conversation, so watermarks never restart under a client.
            using var counters = s.Connection.CreateCommand();
            counters.Transaction = tx;
            counters.CommandText = "DELETE FROM activity_counters WHERE updated_at < $cutoff "
                + "AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.conversation_id = activity_counters.conversation_id)";
            counters.Parameters.AddWithValue("$cutoff", cutoffMs);
            counters.ExecuteNonQuery();
            tx.Commit();
            return new PurgeResult(recordCount, activityCount);
        }, cancellationToken).ConfigureAwait(false);
    }
}
