using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RecoveryBot.Host.Observability;

namespace RecoveryBot.Deployment.Tests.Observability;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_StorageDown_StillAlive200Ok()
    {
        await using var host = await TestHost.StartAsync(checks =>
            checks.AddReadinessCheck("storage", TestHost.Returns(HealthCheckResult.Unhealthy("storage unreachable"))));

        var response = await host.Client.GetAsync("/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("ok");
    }

    [Fact]
    public async Task Readyz_AllChecksPass_200WithNoFailures()
    {
        await using var host = await TestHost.StartAsync(checks => checks
            .AddReadinessCheck("storage", TestHost.Returns(HealthCheckResult.Healthy()))
            .AddReadinessCheck("openid-keys", TestHost.Returns(HealthCheckResult.Healthy())));

        var response = await host.Client.GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body["status"]!.GetValue<string>().ShouldBe("Healthy");
        body["failing"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Readyz_StorageDown_503ListingOnlyTheFailingCheck()
    {
        await using var host = await TestHost.StartAsync(checks => checks
            .AddReadinessCheck("storage", TestHost.Returns(HealthCheckResult.Unhealthy("storage unreachable")))
            .AddReadinessCheck("content", TestHost.Returns(HealthCheckResult.Healthy())));

        var response = await host.Client.GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        body["status"]!.GetValue<string>().ShouldBe("Unhealthy");
        var failing = body["failing"]!.AsArray();
        failing.Count.ShouldBe(1);
        failing[0]!["name"]!.GetValue<string>().ShouldBe("storage");
        failing[0]!["description"]!.GetValue<string>().ShouldBe("storage unreachable");
    }

    [Fact]
    public async Task Readyz_CheckThrows_503WithoutTheExceptionMessage()
    {
        await using var host = await TestHost.StartAsync(checks => checks.AddReadinessCheck("storage",
            (_, _) => throw new InvalidOperationException("Host=db;Password=hunter2")));

        var response = await host.Client.GetAsync("/readyz");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        text.ShouldContain("\"storage\"");
        text.ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task Readyz_CheckHangs_503TimedOutInsteadOfHanging()
    {
        await using var host = await TestHost.StartAsync(checks => checks.AddReadinessCheck("storage",
            async (_, cancellationToken) =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken); // a database that never answers
                return HealthCheckResult.Healthy();
            },
            timeout: TimeSpan.FromMilliseconds(200)));

        var response = await host.Client.GetAsync("/readyz");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body["failing"]![0]!["name"]!.GetValue<string>().ShouldBe("storage");
    }

    [Fact]
    public async Task Readyz_ClassBasedCheck_IsResolvedAndRun()
    {
        await using var host = await TestHost.StartAsync(checks => checks.AddReadinessCheck<AlwaysDegradedCheck>("content"));

        var response = await host.Client.GetAsync("/readyz");

        // Degraded still serves traffic: only Unhealthy takes an instance out of rotation.
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>().ShouldBe("Degraded");
    }

    private sealed class AlwaysDegradedCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Degraded("content reloading"));
    }
}
