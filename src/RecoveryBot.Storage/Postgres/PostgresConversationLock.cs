using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RecoveryBot.Storage.Coordination;

namespace RecoveryBot.Storage.Postgres;

/// <summary>
/// Per-conversation lock across instances (issue 7 §3): a session-level pg_advisory_lock on a hash of the id, held on
/// a pooled connection for the lock's lifetime. Waiters of this instance queue on an in-memory lock first, so a burst
/// of messages for one conversation holds one connection, not one per message. A hash collision only makes two
/// conversations wait for each other; if the connection dies the server frees the lock (and the record ETag still
/// prevents a lost update).
/// </summary>
public sealed class PostgresConversationLock(PostgresDatabase db, ILogger<PostgresConversationLock>? logger = null) : IConversationLock
{
    private readonly InMemoryConversationLock _local = new();
    private readonly ILogger _logger = logger ?? NullLogger<PostgresConversationLock>.Instance;

    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var local = await _local.AcquireAsync(conversationId, ct).ConfigureAwait(false);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await db.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using (var command = LockCommand(connection, "pg_advisory_lock", conversationId))
                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return new Handle(this, connection, local, conversationId);
        }
        catch
        {
            // If cancellation raced with a granted lock, closing resets the pooled session (DISCARD ALL), which
            // releases every advisory lock it held.
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            await local.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private NpgsqlCommand LockCommand(NpgsqlConnection connection, string function, string conversationId)
    {
        var command = new NpgsqlCommand($"SELECT {function}($1, hashtext($2))", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PostgresDatabase.ConversationLockClass });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = db.Schema + ":" + conversationId });
        return command;
    }

    private sealed class Handle(PostgresConversationLock owner, NpgsqlConnection connection, IAsyncDisposable local, string conversationId) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            try
            {
                await using var command = owner.LockCommand(connection, "pg_advisory_unlock", conversationId);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The session is gone or broken; the server released its locks with it.
                owner._logger.LogWarning(ex, "Releasing a conversation lock failed; the connection is dropped instead.");
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                await local.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
