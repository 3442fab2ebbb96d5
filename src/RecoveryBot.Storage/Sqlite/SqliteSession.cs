using Microsoft.Data.Sqlite;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>
/// An open connection plus its prepared commands. Kept open and reused by <see cref="SqliteDatabase"/>, so a turn's
/// read and write skip opening, per-connection PRAGMAs and statement compilation (SqliteCommand keeps its compiled
/// statement while its text is unchanged).
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteSession(string connectionString)
    {
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        // busy_timeout: another process (a CLI command, a second host on the same file) holding the write lock makes
        // us wait up to 5 s instead of failing at once. synchronous=NORMAL: with WAL a commit is durable against a
        // process crash and the database can never be corrupted; only a power loss / OS crash may roll back the last
        // few commits — acceptable for chat state, and it avoids one fsync per commit (the main cost of a write).
        using var pragmas = Connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        pragmas.ExecuteNonQuery();
    }

    public SqliteConnection Connection { get; }

    /// <summary>The prepared command for <paramref name="sql"/>, bound to <paramref name="transaction"/> (or none).</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction, params ReadOnlySpan<string> parameterNames)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameterNames) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            _commands[sql] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        Connection.Dispose();
    }
}
