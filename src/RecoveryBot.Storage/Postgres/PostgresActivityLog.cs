using Npgsql;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Storage.Postgres;

/// <summary>
/// Activity log shared by all instances. Append is one statement: the per-conversation counter row is bumped with
/// INSERT .. ON CONFLICT DO UPDATE .. RETURNING (the row lock makes a second appender wait until the first commits,
/// then continue from its new value), and the entries are inserted from that value. So watermarks are consecutive,
/// never duplicated, and become visible in order.
/// </summary>
public sealed class PostgresActivityLog : IActivityLog
{
    private readonly PostgresDatabase _db;
    private readonly string _append, _read, _readLast, _delete;

    public PostgresActivityLog(PostgresDatabase db)
    {
        _db = db;
        var counters = db.Table("activity_counters");
        var activities = db.Table("activities");
        _append = $"""
            WITH c AS (
                INSERT INTO {counters} (conversation_id, last_watermark, updated_at) VALUES ($1, $2, $3)
                ON CONFLICT (conversation_id) DO UPDATE
                    SET last_watermark = {counters}.last_watermark + EXCLUDED.last_watermark, updated_at = EXCLUDED.updated_at
                RETURNING last_watermark)
            INSERT INTO {activities} (conversation_id, watermark, json, created_at)
            SELECT $1, c.last_watermark - $2 + t.ord, t.json, $3
            FROM c, unnest($4::bytea[]) WITH ORDINALITY AS t(json, ord)
            RETURNING watermark
            """;
        _read = $"SELECT watermark, json FROM {activities} WHERE conversation_id = $1 AND watermark > $2 ORDER BY watermark LIMIT $3";
        _readLast = $"SELECT watermark, json FROM (SELECT watermark, json FROM {activities} WHERE conversation_id = $1 ORDER BY watermark DESC LIMIT $2) t ORDER BY watermark";
        _delete = $"""
            WITH gone AS (DELETE FROM {counters} WHERE conversation_id = $1)
            DELETE FROM {activities} WHERE conversation_id = $1
            """;
    }

    public async Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<byte[]> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0) return [];
        await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(_append);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = conversationId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = activities.Count });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = _db.Time.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. activities] });
        var watermarks = new List<long>(activities.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) watermarks.Add(reader.GetInt64(0));
        }
        watermarks.Sort();
        return watermarks;
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(_read);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = conversationId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterWatermark });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadLastAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(_readLast);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = conversationId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rows of (watermark, data), in the order the query returns them.</summary>
    private static async Task<IReadOnlyList<LoggedActivity>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<LoggedActivity>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            entries.Add(new LoggedActivity(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
        return entries;
    }

    public async Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(_delete);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = conversationId });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
