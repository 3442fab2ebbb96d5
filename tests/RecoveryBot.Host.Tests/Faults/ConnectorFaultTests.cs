using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// Issue #9 §3: the Bot Connector throttles (429), fails at the gateway (502) or hangs (10 s). The channel still
/// gets its 200 at once, the replies are retried and delivered exactly once each, in order, and a slow Connector
/// does not make inbound turns wait. Retries are configured short (ms) so the test stays fast; the 10 s hang is
/// cut by the per-attempt timeout (1 s here, 20 s in production).
/// </summary>
public sealed class ConnectorFaultTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private HostFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new HostFactory()
            .With("Connector:TrustedServiceHosts:0", "127.0.0.1")
            .With("Connector:MaxRetryAttempts", "4")
            .With("Connector:RetryBaseDelay", "00:00:00.010")
            .With("Connector:RetryMaxDelay", "00:00:00.050")
            .With("Connector:AttemptTimeout", "00:00:01");
        _http = _factory.CreateClient();
    }

    [Fact]
    public async Task ThrottledThenGatewayErrors_RepliesRetriedAndDeliveredOnce()
    {
        var expected = await TeamsTraffic.ExpectedIdsAsync(_http, "hi");
        _connector.Enqueue(
            new ScriptedResponse(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "0" }),
            new ScriptedResponse(429),
            new ScriptedResponse(502));

        var response = await TeamsTraffic.PostAsync(_http, TeamsTraffic.Message(_connector.ServiceUrl, "a:throttled", "hi", 1));

        response.IsSuccessStatusCode.ShouldBeTrue();
        // typing + each reply, plus the three refused attempts.
        await _connector.Received.WaitForAsync(expected.Count + 1 + 3, TimeSpan.FromSeconds(20));
        await _factory.Services.GetRequiredService<Outbound.OrderedWorkQueue>().DrainAsync();
        TeamsTraffic.DeliveredIds(_connector, "a:throttled").ShouldBe(expected);
    }

    [Fact]
    public async Task ConnectorHangsTenSeconds_AttemptTimesOutAndRetryDelivers()
    {
        var expected = await TeamsTraffic.ExpectedIdsAsync(_http, "hi");
        _connector.Enqueue(new ScriptedResponse(200, "{\"id\":\"slow\"}", Delay: TimeSpan.FromSeconds(10)));
        var clock = Stopwatch.StartNew();

        var response = await TeamsTraffic.PostAsync(_http, TeamsTraffic.Message(_connector.ServiceUrl, "a:slow", "hi", 1));
        await _connector.Received.WaitForAsync(expected.Count + 2, TimeSpan.FromSeconds(20));
        await _factory.Services.GetRequiredService<Outbound.OrderedWorkQueue>().DrainAsync();

        response.IsSuccessStatusCode.ShouldBeTrue();
        TeamsTraffic.DeliveredIds(_connector, "a:slow").ShouldBe(expected);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the hung attempt was abandoned, not waited out");
    }

    [Fact]
    public async Task SlowConnector_InboundTurnsDoNotWaitAndAllRepliesArriveInOrder()
    {
        const int conversations = 20;
        var expected = await TeamsTraffic.ExpectedIdsAsync(_http, "hi");
        _connector.Enqueue(Enumerable.Range(0, conversations)
            .Select(_ => new ScriptedResponse(200, "{\"id\":\"slow\"}", Delay: TimeSpan.FromSeconds(10))).ToArray());

        var slowest = TimeSpan.Zero;
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), async (i, _) =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await TeamsTraffic.PostAsync(_http, TeamsTraffic.Message(_connector.ServiceUrl, $"a:pile-{i}", "hi", 1));
            response.IsSuccessStatusCode.ShouldBeTrue();
            lock (_connector) { slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest; }
        });

        // The channel's 200 never waits on the Connector (PROTOCOL §3.5: answer within 15 s, Teams retries otherwise).
        slowest.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        await _connector.Received.WaitForAsync(conversations * (expected.Count + 2), TimeSpan.FromSeconds(30));
        await _factory.Services.GetRequiredService<Outbound.OrderedWorkQueue>().DrainAsync();
        for (var i = 0; i < conversations; i++)
        {
            TeamsTraffic.DeliveredIds(_connector, $"a:pile-{i}").ShouldBe(expected, $"conversation {i}");
        }
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _connector.DisposeAsync();
    }
}
