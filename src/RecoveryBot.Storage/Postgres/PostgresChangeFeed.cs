using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RecoveryBot.Storage.Coordination;

namespace RecoveryBot.Storage.Postgres;

/// <summary>
/// Cross-instance change feed on LISTEN/NOTIFY (issue 7 §3). One dedicated, unpooled connection LISTENs for this
/// instance and reconnects with exponential backoff; NOTIFY goes through pg_notify on the pool. Npgsql connections are
/// not thread-safe, so only the listen loop touches its connection: a subscription change wakes the loop with a NOTIFY
/// on this instance's private control channel, and the loop then runs LISTEN / UNLISTEN itself.
/// </summary>
public sealed class PostgresChangeFeed : IChangeFeed, IAsyncDisposable
{
    /// <summary>PostgreSQL refuses payloads of 8,000 bytes or more; we keep a margin.</summary>
    public const int MaxPayloadBytes = 7900;

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250), MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly PostgresDatabase _db;
    private readonly ILogger _logger;
    private readonly string _listenConnectionString;
    private readonly string _controlChannel = "rb_ctl_" + Guid.NewGuid().ToString("N");
    private readonly SubscriberRegistry _subscribers = new(); // keyed by the PostgreSQL channel name
    private readonly List<(string Channel, TaskCompletionSource Ready)> _pendingReady = [];
    private readonly Channel<(string Channel, string Payload)> _inbox = Channel.CreateUnbounded<(string, string)>(new() { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _startGate = new();
    private Task? _listenLoop, _dispatchLoop;

    public PostgresChangeFeed(PostgresDatabase db, ILogger<PostgresChangeFeed>? logger = null)
    {
        _db = db;
        _logger = logger ?? NullLogger<PostgresChangeFeed>.Instance;
        _listenConnectionString = new NpgsqlConnectionStringBuilder(db.ConnectionString)
        {
            Pooling = false, // a dedicated session for the instance's lifetime
            KeepAlive = 15, // notice a dead server or network within seconds, then reconnect
            MaxAutoPrepare = 0,
            ApplicationName = ListenerApplicationName(db.Schema),
        }.ConnectionString;
    }

    /// <summary>Shown in pg_stat_activity, so an operator (or a test) can find the listen sessions of a schema.</summary>
    internal static string ListenerApplicationName(string schema) => ("rb-listen:" + schema) is var name && name.Length > 63 ? name[..63] : name;

    /// <summary>Our channel names are always valid identifiers (≤ 63 bytes) and scoped to the schema.</summary>
    internal string PgChannel(string channel) =>
        "rb_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_db.Schema + "\n" + channel)))[..40];

    public async ValueTask PublishAsync(string channel, string payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(payload);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
            throw new ArgumentException($"Change-feed payloads carry ids only and must stay under {MaxPayloadBytes} bytes.", nameof(payload));
        await NotifyAsync(PgChannel(channel), payload, ct).ConfigureAwait(false);
    }

    public ChangeSubscription Subscribe(string channel, Func<string, ValueTask> onMessage)
    {
        ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
        var pgChannel = PgChannel(channel);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pendingReady) _pendingReady.Add((pgChannel, ready));
        var token = _subscribers.Add(pgChannel, onMessage);
        EnsureStarted();
        _ = WakeAsync();
        return new ChangeSubscription(ready.Task, async () =>
        {
            if (_subscribers.Remove(pgChannel, token)) await WakeAsync().ConfigureAwait(false);
        });
    }

    private void EnsureStarted()
    {
        lock (_startGate)
        {
            _listenLoop ??= Task.Run(ListenLoopAsync);
            _dispatchLoop ??= Task.Run(DispatchLoopAsync);
        }
    }

    private async Task WakeAsync()
    {
        try
        {
            await NotifyAsync(_controlChannel, "", _stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The listen loop is reconnecting then, and syncs its channels when it is back.
            _logger.LogDebug(ex, "Change-feed wake-up failed.");
        }
    }

    private async Task NotifyAsync(string pgChannel, string payload, CancellationToken ct)
    {
        await using var command = _db.DataSource.CreateCommand("SELECT pg_notify($1, $2)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = pgChannel });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = payload });
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private async Task ListenLoopAsync()
    {
        var backoff = FirstBackoff;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_listenConnectionString);
                connection.Notification += (_, e) => _inbox.Writer.TryWrite((e.Channel, e.Payload));
                await connection.OpenAsync(_stop.Token).ConfigureAwait(false);
                await ExecAsync(connection, $"LISTEN {_controlChannel}").ConfigureAwait(false);
                var listening = new HashSet<string>(StringComparer.Ordinal);
                _logger.LogInformation("Change feed listening on PostgreSQL.");
                backoff = FirstBackoff;
                while (true)
                {
                    await SyncChannelsAsync(connection, listening).ConfigureAwait(false);
                    await connection.WaitAsync(_stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Change-feed connection lost; reconnecting in {Delay} ms.", (int)backoff.TotalMilliseconds);
                try
                {
                    await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(100)), _db.Time, _stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    private async Task SyncChannelsAsync(NpgsqlConnection connection, HashSet<string> listening)
    {
        var desired = _subscribers.Channels().ToHashSet(StringComparer.Ordinal);
        foreach (var channel in desired.Where(c => !listening.Contains(c)).ToList())
        {
            await ExecAsync(connection, $"LISTEN {channel}").ConfigureAwait(false);
            listening.Add(channel);
        }
        foreach (var channel in listening.Where(c => !desired.Contains(c)).ToList())
        {
            await ExecAsync(connection, $"UNLISTEN {channel}").ConfigureAwait(false);
            listening.Remove(channel);
        }
        lock (_pendingReady)
        {
            // Subscriptions whose channel is listened to are live; ones already disposed need no LISTEN.
            foreach (var pending in _pendingReady.Where(p => listening.Contains(p.Channel) || !desired.Contains(p.Channel)).ToList())
            {
                pending.Ready.TrySetResult();
                _pendingReady.Remove(pending);
            }
        }
    }

    private async Task ExecAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(_stop.Token).ConfigureAwait(false);
    }

    private async Task DispatchLoopAsync()
    {
        await foreach (var (channel, payload) in _inbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (channel == _controlChannel) continue;
            foreach (var handler in _subscribers.HandlersOf(channel))
            {
                try
                {
                    await handler(payload).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    _logger.LogWarning(ex, "A change-feed subscriber failed.");
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _inbox.Writer.TryComplete();
        foreach (var loop in new[] { _listenLoop, _dispatchLoop })
        {
            if (loop is not null) await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
