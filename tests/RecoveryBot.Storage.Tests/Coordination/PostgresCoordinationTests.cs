using System.Collections.Concurrent;
using Npgsql;
using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Storage.Tests.Coordination;

/// <summary>Two PostgresDatabase objects stand for two host instances (separate pools, separate listen connections).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCoordinationTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly string _schema = PostgresServer.UniqueSchema();
    private PostgresDatabase _a = null!, _b = null!;

    public Task InitializeAsync()
    {
        _a = new PostgresDatabase(server.ConnectionString, _schema, TimeProvider.System);
        _b = new PostgresDatabase(server.ConnectionString, _schema, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await server.DropSchemaAsync(_schema);
    }

    [Fact]
    public async Task Feed_PublishedOnOneInstance_ArrivesOnTheOtherInOrder()
    {
        await using var feedA = new PostgresChangeFeed(_a);
        await using var feedB = new PostgresChangeFeed(_b);
        var received = new ConcurrentQueue<string>();
        var allThree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = feedA.Subscribe("conversation/conv-a", payload =>
        {
            received.Enqueue(payload);
            if (received.Count == 3) allThree.TrySetResult();
            return ValueTask.CompletedTask;
        });
        await subscription.Ready.WaitAsync(Patience);

        foreach (var watermark in new[] { "1", "2", "3" }) await feedB.PublishAsync("conversation/conv-a", watermark, CancellationToken.None);

        await allThree.Task.WaitAsync(Patience);
        received.ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task Feed_DisposedSubscription_ReceivesNothingWhileAnotherStillDoes()
    {
        await using var feedA = new PostgresChangeFeed(_a);
        await using var feedB = new PostgresChangeFeed(_b);
        var gone = 0;
        var live = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = feedA.Subscribe("ticket/1", _ => { Interlocked.Increment(ref gone); return ValueTask.CompletedTask; });
        await using var second = feedA.Subscribe("ticket/1", p => { live.TrySetResult(p); return ValueTask.CompletedTask; });
        await second.Ready.WaitAsync(Patience);

        await first.DisposeAsync();
        await feedB.PublishAsync("ticket/1", "changed", CancellationToken.None);

        (await live.Task.WaitAsync(Patience)).ShouldBe("changed");
        gone.ShouldBe(0);
    }

    [Fact]
    public async Task Feed_ListenConnectionKilled_ReconnectsAndDeliversAgain()
    {
        await using var feedA = new PostgresChangeFeed(_a);
        await using var feedB = new PostgresChangeFeed(_b);
        var delivered = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = feedA.Subscribe("conversation/conv-a", p => { delivered.TrySetResult(p); return ValueTask.CompletedTask; });
        await subscription.Ready.WaitAsync(Patience);

        await TerminateListenersAsync();
        // Ready of a new subscription completes only once the loop LISTENs on a live connection again.
        await using var probe = feedA.Subscribe("probe", _ => ValueTask.CompletedTask);
        await probe.Ready.WaitAsync(Patience);
        await feedB.PublishAsync("conversation/conv-a", "after-reconnect", CancellationToken.None);

        (await delivered.Task.WaitAsync(Patience)).ShouldBe("after-reconnect");
    }

    [Fact]
    public async Task Feed_OversizedPayload_IsRefused()
    {
        await using var feed = new PostgresChangeFeed(_a);

        await Should.ThrowAsync<ArgumentException>(async () =>
            await feed.PublishAsync("c", new string('x', PostgresChangeFeed.MaxPayloadBytes + 1), CancellationToken.None));
    }

    [Fact]
    public async Task Lock_HeldOnOneInstance_OtherInstanceWaitsUntilReleased()
    {
        var lockA = new PostgresConversationLock(_a);
        var lockB = new PostgresConversationLock(_b);
        var held = await lockA.AcquireAsync("conv-a", CancellationToken.None);

        var waiting = lockB.AcquireAsync("conv-a", CancellationToken.None);
        await WaitForBlockedAdvisoryLockAsync();
        waiting.IsCompleted.ShouldBeFalse();
        await using (await lockB.AcquireAsync("conv-b", CancellationToken.None)) { } // other conversations are free

        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(Patience);
    }

    [Fact]
    public async Task Lock_TwentyHoldersOnTwoInstances_NeverOverlap()
    {
        var locks = new[] { new PostgresConversationLock(_a), new PostgresConversationLock(_b) };
        var inside = 0;
        var maxInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using var handle = await locks[i % 2].AcquireAsync("conv-a", CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            maxInside = Math.Max(maxInside, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
        })));

        maxInside.ShouldBe(1);
    }

    private async Task TerminateListenersAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1", connection);
        command.Parameters.AddWithValue(PostgresChangeFeed.ListenerApplicationName(_schema));
        ((long)(await command.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
    }

    /// <summary>Waits (bounded) until PostgreSQL shows an advisory lock request that is not granted.</summary>
    private async Task WaitForBlockedAdvisoryLockAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1::bigint::oid", connection);
            command.Parameters.AddWithValue((long)PostgresDatabase.ConversationLockClass);
            if ((long)(await command.ExecuteScalarAsync(deadline.Token))! > 0) return;
            await Task.Delay(20, deadline.Token);
        }
    }
}
