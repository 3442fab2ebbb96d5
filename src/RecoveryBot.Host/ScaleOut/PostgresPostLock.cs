using Npgsql;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.Storage.Postgres;

namespace RecoveryBot.Host.ScaleOut;

/// <summary>
/// Direct Line post ordering across instances: a PostgreSQL advisory lock per conversation, on a pool of its own.
/// The turn pipeline takes its own conversation lock inside a post; sharing one pool, posts holding every
/// connection could starve the turns they wait for. Size: PostLockPoolSize connections per instance.
/// </summary>
public sealed class PostgresPostLock : ICrossInstancePostLock, IAsyncDisposable
{
    private readonly PostgresDatabase _db;
    private readonly PostgresConversationLock _locks;

    public PostgresPostLock(string connectionString, string schema, int poolSize, TimeProvider time, ILogger<PostgresConversationLock> logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = poolSize, ApplicationName = "rb-postlock:" + schema };
        _db = new PostgresDatabase(builder.ConnectionString, schema, time);
        _locks = new PostgresConversationLock(_db, logger);
    }

    public Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        _locks.AcquireAsync("directline-post:" + conversationId, cancellationToken);

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
