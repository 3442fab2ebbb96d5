using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RecoveryBot.Storage.Schema;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>
/// One SQLite database file: a pool of open <see cref="SqliteSession"/>s, the schema gate, and an in-process write
/// gate. SQLite allows one writer at a time; queueing writers on a semaphore here is fair and cheap, while letting
/// them collide inside SQLite would make them sleep in its busy handler. Other processes are still covered by
/// busy_timeout and BEGIN IMMEDIATE. Readers are bounded too: SQLite calls block a thread-pool thread, so more
/// readers than a few per core only queue inside SQLite, and an unbounded pool would open (and then dispose)
/// a fresh connection for every reader above the idle limit under load — measured as the largest CPU cost at
/// 64 concurrent conversations. The writer keeps its own session so it never waits behind readers for one.
/// </summary>
public sealed partial class SqliteDatabase : IStorageSchema, IDisposable
{
    /// <summary>SQLITE_FULL (https://sqlite.org/rescode.html#full): the disk, or the max_page_count quota, is full.</summary>
    private const int SqliteFull = 13;

    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _readers;
    private SqliteSession? _writer; // only touched while holding _writeGate
    private readonly SchemaGate _schema;
    private readonly ILogger _logger;
    private readonly int _maxIdle;
    private bool _disposed;
    private long _maxPageCount; // 0: no quota
    private int _settingsGeneration;

    /// <param name="connectionString">Already resolved to an absolute path (see <c>AddRecoveryBotStorage</c>).</param>
    public SqliteDatabase(string connectionString, TimeProvider time, ILogger<SqliteDatabase>? logger = null)
    {
        _connectionString = connectionString;
        Time = time;
        _logger = logger ?? NullLogger<SqliteDatabase>.Instance;
        _maxIdle = Math.Max(4, Environment.ProcessorCount * 2);
        _readers = new SemaphoreSlim(_maxIdle, _maxIdle);
        _schema = new SchemaGate(MigrateAsync);
    }

    public TimeProvider Time { get; }

    /// <summary>
    /// <c>Storage:Sqlite:MaxPageCount</c> (operator quota, see <c>SqliteStorageOptions</c>). max_page_count is a
    /// per-connection setting, so a change retires the pooled sessions: each next use opens one with the new value.
    /// </summary>
    public long? MaxPageCount
    {
        get => Interlocked.Read(ref _maxPageCount) is var max and > 0 ? max : null;
        set
        {
            if (value is <= 0) throw new ArgumentOutOfRangeException(nameof(value), "MaxPageCount must be positive (or null for no quota).");
            Interlocked.Exchange(ref _maxPageCount, value ?? 0);
            Interlocked.Increment(ref _settingsGeneration);
        }
    }

    internal long NowMs() => Time.GetUtcNow().ToUnixTimeMilliseconds();

    public Task EnsureSchemaAsync(CancellationToken cancellationToken = default) => _schema.EnsureAsync(cancellationToken).AsTask();

    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(s => Convert.ToInt32(s.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", null)
            .ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);

    /// <summary>Runs <paramref name="work"/> on a pooled session (readers run in parallel under WAL).</summary>
    internal async ValueTask<T> ReadAsync<T>(Func<SqliteSession, T> work, CancellationToken ct)
    {
        await _schema.EnsureAsync(ct).ConfigureAwait(false);
        await _readers.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return Run(work);
        }
        finally
        {
            _readers.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> as this process's only writer.</summary>
    internal async ValueTask<T> WriteAsync<T>(Func<SqliteSession, T> work, CancellationToken ct)
    {
        await _schema.EnsureAsync(ct).ConfigureAwait(false);
        await _writeGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var generation = Volatile.Read(ref _settingsGeneration);
            if (_writer is { } stale && stale.Generation != generation)
            {
                stale.Dispose(); // opened under an older quota
                _writer = null;
            }
            _writer ??= new SqliteSession(_connectionString, MaxPageCount, generation);
            try
            {
                return work(_writer);
            }
            catch (Exception ex)
            {
                LogIfFull(ex);
                // Possibly mid-transaction or broken (disk full, I/O error): the next write starts on a new connection.
                _writer.Dispose();
                _writer = null;
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private T Run<T>(Func<SqliteSession, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var session = TakeSession();
        try
        {
            var result = work(session);
            Return(session);
            return result;
        }
        catch (Exception ex)
        {
            LogIfFull(ex);
            // The connection may be mid-transaction or broken: never hand it to the next caller.
            session.Dispose();
            throw;
        }
    }

    // The error code and the quota only: the statement's parameters (what a person wrote) never reach a log.
    private void LogIfFull(Exception ex)
    {
        if (ex is SqliteException { SqliteErrorCode: SqliteFull } full)
            LogFull(_logger, full.SqliteErrorCode, full.SqliteExtendedErrorCode, MaxPageCount);
    }

    private SqliteSession TakeSession()
    {
        var generation = Volatile.Read(ref _settingsGeneration);
        while (_idle.TryTake(out var idle))
        {
            if (idle.Generation == generation) return idle;
            idle.Dispose(); // opened under an older quota
        }
        return new SqliteSession(_connectionString, MaxPageCount, generation);
    }

    private void Return(SqliteSession session)
    {
        if (!_disposed && _idle.Count < _maxIdle && session.Generation == Volatile.Read(ref _settingsGeneration)) _idle.Add(session);
        else session.Dispose();
    }

    private Task MigrateAsync(CancellationToken ct)
    {
        using var session = new SqliteSession(_connectionString, MaxPageCount, Volatile.Read(ref _settingsGeneration));
        using (var wal = session.Connection.CreateCommand())
        {
            // WAL is a property of the file: readers never block the writer and a commit is a sequential append.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }
        // BEGIN IMMEDIATE takes the write lock before reading the version, so two processes starting together
        // migrate one after the other and the second finds nothing left to do.
        using var tx = session.Connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
        Exec(session, tx, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL);");
        var current = Convert.ToInt32(session.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", tx).ExecuteScalar(),
            System.Globalization.CultureInfo.InvariantCulture);
        foreach (var migration in SqliteMigrations.All.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            ct.ThrowIfCancellationRequested();
            Exec(session, tx, migration.Sql);
            var record = session.Command("INSERT INTO schema_migrations (version, description, applied_at) VALUES ($v, $d, $t)", tx, "$v", "$d", "$t");
            record.Parameters[0].Value = migration.Version;
            record.Parameters[1].Value = migration.Description;
            record.Parameters[2].Value = NowMs();
            record.ExecuteNonQuery();
            _logger.LogInformation("SQLite schema migrated to version {Version} ({Description}).", migration.Version, migration.Description);
        }
        tx.Commit();
        return Task.CompletedTask;
    }

    private static void Exec(SqliteSession session, SqliteTransaction tx, string sql)
    {
        using var command = session.Connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session)) session.Dispose();
        _writeGate.Wait();
        _writer?.Dispose();
        _writer = null;
        _writeGate.Release();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SQLite write refused: database or disk is full (SQLITE_FULL, error {ErrorCode}/{ExtendedErrorCode}; Storage:Sqlite:MaxPageCount {MaxPageCount}). Free disk space or raise the quota; turns get the try-again reply until then.")]
    private static partial void LogFull(ILogger logger, int errorCode, int extendedErrorCode, long? maxPageCount);
}
