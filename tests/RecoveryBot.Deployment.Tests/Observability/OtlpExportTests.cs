using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using RecoveryBot.Host.Observability;

namespace RecoveryBot.Deployment.Tests.Observability;

public sealed class OtlpExportTests
{
    [Fact]
    public async Task OtlpEndpointConfigured_ExporterUsesItAndEndpointsStillServe()
    {
        // Port 9 (discard) on loopback: nothing listens, so an export attempt fails quietly and never leaves the machine.
        await using var host = await TestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            [RecoveryBotTelemetry.OtlpEndpointKey] = "http://127.0.0.1:9",
        });

        var options = host.App.Services.GetRequiredService<IOptionsMonitor<OtlpExporterOptions>>();

        // AddOtlpExporter swaps in OpenTelemetry's own options factory (which reads OTEL_* from IConfiguration).
        host.App.Services.GetRequiredService<IOptionsFactory<OtlpExporterOptions>>().GetType().Name.ShouldNotBe("OptionsFactory`1");
        options.Get("metrics").Endpoint.ShouldBe(new Uri("http://127.0.0.1:9"));
        (await host.Client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OtlpEndpointNotConfigured_NoOtlpExporterRegistered()
    {
        await using var host = await TestHost.StartAsync();

        // Only the default options factory: AddOtlpExporter was never called.
        host.App.Services.GetRequiredService<IOptionsFactory<OtlpExporterOptions>>().GetType().Name.ShouldBe("OptionsFactory`1");
    }
}
