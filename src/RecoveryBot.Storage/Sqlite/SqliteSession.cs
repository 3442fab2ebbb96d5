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

    /// <param name="maxPageCount">The operator quota (PRAGMA max_page_count), or null for none.</param>
    /// <param name="generation">Which <see cref="SqliteDatabase.MaxPageCount"/> setting this session was opened under.</param>
    public SqliteSession(string connectionString, long? maxPageCount = null, int generation = 0)
    {
        Generation = generation;
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        // busy_timeout: another process (a CLI command, a second host on the same file) holding the write lock makes
        // us wait up to 5 s instead of failing at once. synchronous=NORMAL: with WAL a commit is durable against a
        // process crash and the database can never be corrupted; only a power loss / OS crash may roll back the last
        // few commits — acceptable for chat state, and it avoids one fsync per commit (the main cost of a write).
        using var pragmas = Connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        pragmas.ExecuteNonQuery();
        // Always set, also without a quota: Microsoft.Data.Sqlite pools the native handle, which keeps the value
        // a previous session set. A pragma takes no parameters; the value is a validated positive integer.
        pragmas.CommandText = $"PRAGMA max_page_count = {(maxPageCount ?? NoQuota).ToString(System.Globalization.CultureInfo.InvariantCulture)};";
        pragmas.ExecuteNonQuery();
    }

    /// <summary>SQLite's own default and ceiling for max_page_count (https://sqlite.org/pragma.html#pragma_max_page_count).</summary>
    public const long NoQuota = 4294967294;

    public int Generation { get; }

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
