using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Observability;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Deployment.Tests.Observability;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_AfterAConversation_ExposesEveryProductMetric()
    {
        await using var host = await TestHost.StartAsync();
        var metrics = host.App.Services.GetRequiredService<RecoveryBotMetrics>();
        var queue = 3;
        metrics.ObserveQueueLength(() => queue);

        // What the turn pipeline records for: a check-in turn, a crisis turn that asks for a person, a retried reply.
        metrics.RecordTurn("msteams", "replied", TimeSpan.FromMilliseconds(120));
        metrics.RecordCrisisDetection(new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.SelfHarm, ["cue.1"]));
        metrics.RecordCrisisDetection(CrisisAssessment.NoRisk);
        metrics.RecordTurn("webchat", "crisis", TimeSpan.FromMilliseconds(80));
        metrics.RecordConnectorRetry("429");
        metrics.RecordHandoffWait(TimeSpan.FromSeconds(42), "claimed");
        queue = 2;

        var text = await host.Client.GetStringAsync("/metrics");

        Series(text, "recoverybot_turns_total").ShouldContain(l => l.Contains("channel=\"msteams\"") && l.Contains("outcome=\"replied\"") && l.EndsWith(" 1"));
        Series(text, "recoverybot_turns_total").ShouldContain(l => l.Contains("channel=\"webchat\"") && l.Contains("outcome=\"crisis\""));
        Series(text, "recoverybot_turn_duration_milliseconds_count").ShouldContain(l => l.Contains("channel=\"msteams\"") && l.EndsWith(" 1"));
        Series(text, "recoverybot_crisis_detections_total").ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(l => l.ShouldContain("level=\"crisis\""), l => l.ShouldContain("category=\"self_harm\""), l => l.ShouldEndWith(" 1"));
        Series(text, "recoverybot_handoff_wait_seconds_sum").ShouldContain(l => l.EndsWith(" 42"));
        Series(text, "recoverybot_handoff_queue_length").ShouldContain(l => l.EndsWith(" 2"));
        Series(text, "recoverybot_connector_retries_total").ShouldContain(l => l.Contains("reason=\"429\""));
    }

    [Fact]
    public async Task Metrics_UnknownChannelId_FoldsIntoOther()
    {
        await using var host = await TestHost.StartAsync();
        var metrics = host.App.Services.GetRequiredService<RecoveryBotMetrics>();

        metrics.RecordTurn("made-up-channel-12345", "replied", TimeSpan.FromMilliseconds(5));

        var text = await host.Client.GetStringAsync("/metrics");
        Series(text, "recoverybot_turns_total").ShouldHaveSingleItem().ShouldContain("channel=\"other\"");
        text.ShouldNotContain("made-up-channel-12345");
    }

    [Fact]
    public async Task Metrics_IsPrometheusTextFormat()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.GetAsync("/metrics");

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
    }

    // Sample lines of one metric family as "name{labels} value"; the optional trailing timestamp of the
    // Prometheus text format is dropped (our label values hold no spaces).
    private static List<string> Series(string exposition, string name) =>
        exposition.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(l => string.Join(' ', l.TrimEnd().Split(' ').Take(2)))
            .ToList();
}
