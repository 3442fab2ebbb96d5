using System.Text;
using Microsoft.Data.Sqlite;
using RecoveryBot.Storage.Audit;

namespace RecoveryBot.Storage.Sqlite;

public sealed class SqliteAuditLog(SqliteDatabase db) : IAuditLog
{
    private const string InsertSql = "INSERT INTO audit_log (at, actor, action, conversation_id, ticket_id, detail) VALUES ($at, $actor, $action, $c, $t, $detail)";

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await db.WriteAsync(s =>
        {
            var command = s.Command(InsertSql, null, "$at", "$actor", "$action", "$c", "$t", "$detail");
            command.Parameters[0].Value = entry.Timestamp.ToUnixTimeMilliseconds();
            command.Parameters[1].Value = entry.Actor;
            command.Parameters[2].Value = entry.Action;
            command.Parameters[3].Value = (object?)entry.ConversationId ?? DBNull.Value;
            command.Parameters[4].Value = (object?)entry.TicketId ?? DBNull.Value;
            command.Parameters[5].Value = (object?)entry.Detail ?? DBNull.Value;
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Max);
        return await db.ReadAsync(s =>
        {
            // Filters vary per call, so this one is built ad hoc (audit reads are rare operator actions).
            using var command = s.Connection.CreateCommand();
            var sql = new StringBuilder("SELECT at, actor, action, conversation_id, ticket_id, detail FROM audit_log WHERE 1 = 1");
            void Filter(string clause, string name, object? value)
            {
                if (value is null) return;
                sql.Append(" AND ").Append(clause);
                command.Parameters.AddWithValue(name, value);
            }
            Filter("at >= $from", "$from", query.From?.ToUnixTimeMilliseconds());
            Filter("at < $to", "$to", query.To?.ToUnixTimeMilliseconds());
            Filter("conversation_id = $c", "$c", query.ConversationId);
            Filter("ticket_id = $t", "$t", query.TicketId);
            Filter("action = $action", "$action", query.Action);
            sql.Append(" ORDER BY id LIMIT $max");
            command.Parameters.AddWithValue("$max", query.Max);
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            var entries = new List<AuditEntry>();
            while (reader.Read()) entries.Add(Read(reader));
            return (IReadOnlyList<AuditEntry>)entries;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ReplaceConversationIdAsync(string conversationId, string replacement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return await db.WriteAsync(s =>
        {
            var command = s.Command("UPDATE audit_log SET conversation_id = $r WHERE conversation_id = $c", null, "$r", "$c");
            command.Parameters[0].Value = replacement;
            command.Parameters[1].Value = conversationId;
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    private static AuditEntry Read(SqliteDataReader r) => new(
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)), r.GetString(1), r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5));
}
