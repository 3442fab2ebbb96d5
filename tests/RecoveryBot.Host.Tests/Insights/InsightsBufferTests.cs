using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Host.Insights;
using RecoveryBot.Host.Tests.Faults;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Tests.Insights;

/// <summary>
/// Statistics are batched in memory (InsightsBuffer): under many concurrent conversations no count is lost (the
/// per-turn compare-and-set used to drop them after its retries ran out), a failed write keeps the counts, and
/// the flusher writes on its interval.
/// </summary>
public sealed class InsightsBufferTests
{
    [Fact]
    public async Task FiftyConversationsAtOnce_EveryConversationIsCounted()
    {
        using var factory = new HostFactory();
        var http = factory.CreateClient();
        var people = Enumerable.Range(0, 50).Select(_ => new BotClient(http, "webchat")).ToArray();

        await Task.WhenAll(people.Select(async p =>
        {
            await p.SayAsync("hi");
            await p.SayAsync("Mental health");
        }));

        var totals = await InsightsRecorderTests.TodayAsync(factory);
        totals.GetValueOrDefault("conversation|webchat|en").ShouldBe(50);
        totals.GetValueOrDefault("flow.started|mental-health-check-in").ShouldBe(50);
    }

    [Fact]
    public async Task StorageDownDuringFlush_CountsAreKeptForTheNextFlush()
    {
        using var factory = new HostFactory().WithServices(SwitchableRecordStore.Install);
        var buffer = factory.Services.GetRequiredService<InsightsBuffer>();
        var store = factory.Services.GetRequiredService<SwitchableRecordStore>();
        var today = DailyCounters.DayOf(DateTimeOffset.UtcNow);

        buffer.Add(today, new Dictionary<string, long> { ["flow.started|welcome"] = 3 });
        store.Unavailable = true;
        await buffer.FlushAsync(CancellationToken.None);
        store.Unavailable = false;
        buffer.Add(today, new Dictionary<string, long> { ["flow.started|welcome"] = 2 });

        (await InsightsRecorderTests.TodayAsync(factory)).GetValueOrDefault("flow.started|welcome").ShouldBe(5);
    }

    [Fact]
    public async Task Flusher_WritesOnItsIntervalAndWhenStopping()
    {
        using var factory = new HostFactory();
        var counters = factory.Services.GetRequiredService<DailyCounters>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var buffer = new InsightsBuffer(counters, NullLogger<InsightsBuffer>.Instance);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Insights:FlushSeconds"] = "5" }).Build();
        var flusher = new InsightsFlusher(buffer, clock, config);
        var day = new DateOnly(2024, 2, 29); // a day no other test writes
        await flusher.StartAsync(CancellationToken.None);

        buffer.Add(day, new Dictionary<string, long> { ["flow.started|welcome"] = 1 });
        (await counters.ReadAsync(day, day)).ShouldBeEmpty("nothing is written before the interval");

        // ExecuteAsync starts on a background thread (.NET 10), so its timer may not exist yet: each poll advances
        // the fake clock by one interval until the flush has happened.
        await PollAsync(async () =>
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            return (await counters.ReadAsync(day, day)).Count == 1;
        });

        buffer.Add(day, new Dictionary<string, long> { ["flow.started|welcome"] = 1 });
        await flusher.StopAsync(CancellationToken.None);
        (await counters.ReadAsync(day, day)).Single().Counts["flow.started|welcome"].ShouldBe(2, "stopping flushes what is left");
    }

    // The flush runs on a timer callback: wait for its effect with a deadline (no fixed sleep).
    private static async Task PollAsync(Func<Task<bool>> done)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await done())
        {
            await Task.Delay(20, deadline.Token);
            deadline.Token.ThrowIfCancellationRequested();
        }
    }
}
