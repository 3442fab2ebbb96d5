using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace RecoveryBot.Host.Observability;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RecoveryBotMetrics"/>, OpenTelemetry metrics and traces (Prometheus scraping always;
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured) and health checks. Returns the health-checks
    /// builder so the caller adds readiness checks: <c>.AddReadinessCheck("storage", …)</c>.
    /// </summary>
    public static IHealthChecksBuilder AddRecoveryBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<RecoveryBotMetrics>();

        var otlp = !string.IsNullOrWhiteSpace(configuration[RecoveryBotTelemetry.OtlpEndpointKey]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(RecoveryBotTelemetry.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RecoveryBotMetrics.MeterName, "System.Runtime") // runtime: GC heap, working set (soak)
                    .AddAspNetCoreInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(RecoveryBotTelemetry.ActivitySourceName)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path));
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });

        return services.AddHealthChecks();
    }

    /// <summary>
    /// Adds a check that /readyz runs (tag <see cref="HealthEndpoints.ReadyTag"/>). A check that throws or exceeds
    /// <paramref name="timeout"/> (default 5 s) counts as unhealthy, so a hung database cannot hang the probe.
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck(this IHealthChecksBuilder builder, string name,
        Func<IServiceProvider, CancellationToken, Task<HealthCheckResult>> check, TimeSpan? timeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(check);
        builder.Add(new HealthCheckRegistration(name, services => new DelegateHealthCheck(services, check),
            HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag], timeout ?? TimeSpan.FromSeconds(5)));
        return builder;
    }

    /// <summary>Adds an <see cref="IHealthCheck"/> class (resolved from DI) as a readiness check.</summary>
    public static IHealthChecksBuilder AddReadinessCheck<TCheck>(this IHealthChecksBuilder builder, string name, TimeSpan? timeout = null)
        where TCheck : class, IHealthCheck
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Add(new HealthCheckRegistration(name, services => ActivatorUtilities.GetServiceOrCreateInstance<TCheck>(services),
            HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag], timeout ?? TimeSpan.FromSeconds(5)));
        return builder;
    }

    private sealed class DelegateHealthCheck(IServiceProvider services,
        Func<IServiceProvider, CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            check(services, cancellationToken);
    }
}
