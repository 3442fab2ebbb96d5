using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Host.Insights;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Tests.Insights;

/// <summary>Issue 8: a real conversation through /api/messages leaves the right aggregate counts, and no words.</summary>
public sealed class InsightsRecorderTests
{
    [Fact]
    public async Task ScriptedCheckIn_CountsConversationFlowsBandAndCrisis()
    {
        using var factory = new HostFactory();
        var bot = new BotClient(factory.CreateClient());
        await bot.SayAsync("hi");
        await bot.SayAsync("Mental health");
        await bot.SayAsync("kind of tired and flat");
        await bot.SayAsync("Several days");
        (await bot.SayIdsAsync("Not at all")).ShouldContain("mental-health-check-in/phq2-low");
        await bot.SayAsync("I want to kill myself");

        var totals = await TodayAsync(factory);

        totals.GetValueOrDefault("conversation|test|en").ShouldBe(1);
        totals.GetValueOrDefault("flow.started|mental-health-check-in").ShouldBe(1);
        totals.GetValueOrDefault("score|PHQ-2|low").ShouldBe(1);
        totals.GetValueOrDefault("crisis|crisis|suicide").ShouldBe(1);
        totals.Keys.ShouldAllBe(k => !k.Contains("kill") && !k.Contains("tired"));
    }

    [Fact]
    public async Task SecondConversationInSpanish_CountsItsLanguageAndChannelOnce()
    {
        using var factory = new HostFactory();
        var http = factory.CreateClient();
        var english = new BotClient(http, "webchat");
        var spanish = new BotClient(http, "webchat") { Locale = "es-MX" };
        await english.SayAsync("hi");
        await english.SayAsync("menu");
        await spanish.SayAsync("hola");

        var totals = await TodayAsync(factory);

        totals.GetValueOrDefault("conversation|webchat|en").ShouldBe(1);
        totals.GetValueOrDefault("conversation|webchat|es").ShouldBe(1);
    }

    [Fact]
    public void ScoreBands_AreReadFromTheFlowDefinitions()
    {
        using var factory = new HostFactory();
        var bands = new ScoreBands(factory.Services.GetRequiredService<IContentCatalog>());

        bands.Find("mental-health-check-in/phq2-low").ShouldBe(new ScoreBand("PHQ-2", "low"));
        bands.Find("mental-health-check-in/phq2-positive").ShouldBe(new ScoreBand("PHQ-2", "positive"));
        bands.Find("mental-health-check-in/phq9-moderately-severe").ShouldBe(new ScoreBand("PHQ-9", "moderately-severe"));
        bands.Find("mental-health-check-in/gad7-minimal").ShouldBe(new ScoreBand("GAD-7", "minimal"));
        bands.Find("mental-health-check-in/phq2-result").ShouldBeNull();
        bands.All.Count.ShouldBe(2 + 5 + 2 + 4);
    }

    [Fact]
    public async Task AYearOfDailyCounters_IsReadQuickly()
    {
        using var factory = new HostFactory();
        var counters = factory.Services.GetRequiredService<DailyCounters>();
        var first = new DateOnly(2025, 1, 1);
        for (var d = 0; d < 365; d++)
        {
            await counters.AddAsync(first.AddDays(d), new Dictionary<string, long>
            {
                ["conversation|webchat|en"] = 10,
                ["flow.started|welcome"] = 10,
                ["crisis|concern|overdose"] = 1,
            }, $"c{d}");
        }
        var query = factory.Services.GetRequiredService<InsightsQuery>();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = await query.RunAsync(first, first.AddDays(364), CancellationToken.None);
        watch.Stop();

        report.Tables.Single(t => t.Id == "channels").Rows.Single(r => r.Label == "webchat").Values[0].ShouldBe(3650);
        report.Tables.Single(t => t.Id == "crisis").Rows.Single(r => r.Label == "overdose").Values[1].ShouldBe(365);
        report.Tables.Single(t => t.Id == "conversations-per-day").Rows.Count.ShouldBe(365);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"a year took {watch.ElapsedMilliseconds} ms");
        Console.WriteLine($"insights: a year of counters read in {watch.ElapsedMilliseconds} ms");
    }

    /// <summary>Today's (and yesterday's, around midnight) counts, after this instance's buffer is written.</summary>
    internal static async Task<Dictionary<string, long>> TodayAsync(HostFactory factory)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await factory.Services.GetRequiredService<InsightsBuffer>().FlushAsync(CancellationToken.None);
        var days = await factory.Services.GetRequiredService<DailyCounters>().ReadAsync(today.AddDays(-1), today);
        return days.SelectMany(d => d.Counts).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
    }
}
