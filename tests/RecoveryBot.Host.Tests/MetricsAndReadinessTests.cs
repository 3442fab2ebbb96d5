using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Tests;

/// <summary>Issue 8: /metrics has the product metrics after a conversation; /readyz is 503 when storage is down.</summary>
public sealed class MetricsAndReadinessTests
{
    [Fact]
    public async Task ScriptedConversation_ShowsTurnsAndCrisisDetectionsInMetrics()
    {
        using var factory = new HostFactory();
        var http = factory.CreateClient();
        var bot = new BotClient(http);
        await bot.SayAsync("hi");
        await bot.SayAsync("I want to kill myself");

        var metrics = await http.GetStringAsync("/metrics");

        var turns = metrics.Split('\n').Where(l => l.StartsWith("recoverybot_turns_total{", StringComparison.Ordinal)).ToList();
        // At least two: the listener behind /metrics hears every "RecoveryBot" meter in the process, and the other hosts
        // this test process runs in parallel also talk on channel "test" (labels are bounded, so no channel of its own).
        // Each host's meter can show up as its own sample with the same labels (a fresh-clone CI run saw two), so the
        // samples are summed.
        var ok = turns.Where(l => l.Contains("channel=\"test\"") && l.Contains("outcome=\"ok\"")).ToList();
        ok.ShouldNotBeEmpty(string.Join('\n', turns));
        ok.Sum(CounterValue).ShouldBeGreaterThanOrEqualTo(2);
        // At least one, not exactly one: unlike the turns counter this one has no channel tag, so nothing tells this
        // test's detection from one made by another host in the same test process (one CI run saw a different count).
        var detections = metrics.Split('\n').Where(l => l.StartsWith("recoverybot_crisis_detections_total{", StringComparison.Ordinal)
            && l.Contains("category=\"suicide\"") && l.Contains("level=\"crisis\"")).ToList();
        detections.ShouldNotBeEmpty(string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("recoverybot_crisis", StringComparison.Ordinal))));
        detections.Sum(CounterValue).ShouldBeGreaterThanOrEqualTo(1);
        metrics.ShouldContain("recoverybot_turn_duration");
        metrics.ShouldNotContain("kill myself");
    }

    /// <summary>The number at the end of a Prometheus sample line.</summary>
    private static long CounterValue(string line) =>
        long.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Readyz_IsOkWhenStorageAnswers()
    {
        using var factory = new HostFactory();

        using var response = await factory.CreateClient().GetAsync("/readyz");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Readyz_Is503WhenStorageIsDown(bool throws)
    {
        using var factory = new HostFactory().WithServices(services => services.AddSingleton<IRecordStore>(sp =>
            new DownStore(throws)));
        var http = factory.CreateClient();

        using var ready = await http.GetAsync("/readyz");
        var body = await ready.Content.ReadAsStringAsync();
        using var alive = await http.GetAsync("/healthz");

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.ShouldContain("\"storage\"");
        body.ShouldNotContain("secret-host"); // the exception's words (connection details) never leave the process
        alive.StatusCode.ShouldBe(HttpStatusCode.OK); // liveness does not depend on storage
    }

    private sealed class DownStore(bool throws) : IRecordStore
    {
        private static Exception Down() => new InvalidOperationException("cannot reach secret-host:5432");

        public Task<StoredRecord?> ReadAsync(string key, CancellationToken ct = default) => throw Down();
        public Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken ct = default) => throw Down();
        public Task<bool> DeleteAsync(string key, CancellationToken ct = default) => throw Down();
        public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken ct = default) => throw Down();
        public Task<bool> PingAsync(CancellationToken ct = default) => throws ? throw Down() : Task.FromResult(false);
    }
}
