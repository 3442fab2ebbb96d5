using RecoveryBot.Storage.Coordination;

namespace RecoveryBot.Storage.Tests.Coordination;

public sealed class InMemoryCoordinationTests
{
    [Fact]
    public async Task Lock_SecondAcquireOfSameConversation_WaitsUntilTheFirstIsReleased()
    {
        var locks = new InMemoryConversationLock();
        var first = await locks.AcquireAsync("conv-a", CancellationToken.None);

        var second = locks.AcquireAsync("conv-a", CancellationToken.None);
        var otherConversation = await locks.AcquireAsync("conv-b", CancellationToken.None);

        second.IsCompleted.ShouldBeFalse();
        await first.DisposeAsync();
        await using var secondHandle = await second;
        await otherConversation.DisposeAsync();
    }

    [Fact]
    public async Task Lock_AllHandlesReleased_NoEntryIsKept()
    {
        var locks = new InMemoryConversationLock();
        var handles = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => locks.AcquireAsync($"conv-{i}", CancellationToken.None)));
        locks.ActiveCount.ShouldBe(50);

        foreach (var handle in handles) await handle.DisposeAsync();

        locks.ActiveCount.ShouldBe(0);
    }

    [Fact]
    public async Task Lock_WaiterCancelled_ThrowsAndLeavesNoEntryBehind()
    {
        var locks = new InMemoryConversationLock();
        var held = await locks.AcquireAsync("conv-a", CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("conv-a", cts.Token);
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => waiting);
        await held.DisposeAsync();
        locks.ActiveCount.ShouldBe(0);
    }

    [Fact]
    public async Task Lock_TwentyConcurrentHolders_NeverOverlap()
    {
        var locks = new InMemoryConversationLock();
        var inside = 0;
        var maxInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var handle = await locks.AcquireAsync("conv-a", CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            maxInside = Math.Max(maxInside, now);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
        })));

        maxInside.ShouldBe(1);
    }

    [Fact]
    public async Task Feed_Publish_ReachesEverySubscriberOfThatChannelOnly()
    {
        var feed = new InMemoryChangeFeed();
        var received = new List<string>();
        await using var a = feed.Subscribe("conv-a", p => { received.Add("a:" + p); return ValueTask.CompletedTask; });
        await using var b = feed.Subscribe("conv-b", p => { received.Add("b:" + p); return ValueTask.CompletedTask; });

        await feed.PublishAsync("conv-a", "7", CancellationToken.None);

        received.ShouldBe(["a:7"]);
    }

    [Fact]
    public async Task Feed_AfterDispose_SubscriberReceivesNothing()
    {
        var feed = new InMemoryChangeFeed();
        var count = 0;
        var subscription = feed.Subscribe("conv-a", _ => { count++; return ValueTask.CompletedTask; });
        await subscription.Ready;

        await subscription.DisposeAsync();
        await feed.PublishAsync("conv-a", "1", CancellationToken.None);

        count.ShouldBe(0);
    }

    [Fact]
    public async Task Feed_FailingSubscriber_DoesNotStopTheOthers()
    {
        var feed = new InMemoryChangeFeed();
        var delivered = false;
        await using var bad = feed.Subscribe("c", _ => throw new InvalidOperationException("boom"));
        await using var good = feed.Subscribe("c", _ => { delivered = true; return ValueTask.CompletedTask; });

        await feed.PublishAsync("c", "x", CancellationToken.None);

        delivered.ShouldBeTrue();
    }
}
