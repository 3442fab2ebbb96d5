using System.Text;
using Npgsql;
using RecoveryBot.Storage.Audit;

namespace RecoveryBot.Storage.Postgres;

public sealed class PostgresAuditLog(PostgresDatabase db) : IAuditLog
{
    private readonly string _insert = $"INSERT INTO {db.Table("audit_log")} (at, actor, action, conversation_id, ticket_id, detail) VALUES ($1, $2, $3, $4, $5, $6)";

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = db.DataSource.CreateCommand(_insert);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = entry.Timestamp.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Actor });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Action });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.ConversationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.TicketId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Detail ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Max);
        await db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = db.DataSource.CreateCommand();
        var sql = new StringBuilder($"SELECT at, actor, action, conversation_id, ticket_id, detail FROM {db.Table("audit_log")} WHERE true");
        void Filter(string column, string op, object? value)
        {
            if (value is null) return;
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            sql.Append(" AND ").Append(column).Append(' ').Append(op).Append(" $").Append(command.Parameters.Count);
        }
        Filter("at", ">=", query.From?.ToUniversalTime());
        Filter("at", "<", query.To?.ToUniversalTime());
        Filter("conversation_id", "=", query.ConversationId);
        Filter("ticket_id", "=", query.TicketId);
        Filter("action", "=", query.Action);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Max });
        sql.Append(" ORDER BY id LIMIT $").Append(command.Parameters.Count);
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return entries;
    }

    public async Task<int> ReplaceConversationIdAsync(string conversationId, string replacement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = db.DataSource.CreateCommand($"UPDATE {db.Table("audit_log")} SET conversation_id = $1 WHERE conversation_id = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = replacement });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = conversationId });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
