using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RecoveryBot.Host.Observability;

public static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    public const string MetricsPath = "/metrics";
    public const string ReadyTag = "ready";

    /// <summary>
    /// Maps <c>/healthz</c> (alive: 200 "ok" while the process runs, no checks, so App Service's health check never
    /// restarts an instance because a dependency is down), <c>/readyz</c> (200 when every readiness check passes,
    /// otherwise 503 with the failing checks as JSON) and <c>/metrics</c> (Prometheus text format).
    /// </summary>
    public static IEndpointRouteBuilder MapRecoveryBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivenessPath, () => Results.Text("ok"));
        endpoints.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadinessAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        return endpoints;
    }

    internal static bool IsProbe(PathString path) =>
        path.StartsWithSegments(LivenessPath) || path.StartsWithSegments(ReadinessPath) || path.StartsWithSegments(MetricsPath);

    // Names, status and the check's own description only: exception messages can hold host names or connection
    // details, and /readyz is reachable by anyone who can reach the app.
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var failing = report.Entries
            .Where(entry => entry.Value.Status == HealthStatus.Unhealthy)
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => new ReadinessFailure(entry.Key, Describe(entry.Value)))
            .ToList();
        var body = new ReadinessReport(report.Status.ToString(), failing);
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, ObservabilityJson.Default.ReadinessReport, context.RequestAborted);
    }

    // When a check throws, ASP.NET Core copies the exception message into Description: never echo that.
    private static string? Describe(HealthReportEntry entry) => entry.Exception switch
    {
        null => entry.Description,
        TimeoutException or OperationCanceledException => "timed out",
        var exception => exception.GetType().Name,
    };
}
