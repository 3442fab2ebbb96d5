using Microsoft.Extensions.Diagnostics.HealthChecks;
using RecoveryBot.Host.Observability;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Composition;

/// <summary>What /readyz checks: storage answers. Content is validated at start (the host refuses invalid content).</summary>
public static class Readiness
{
    public static IHealthChecksBuilder AddRecoveryBotReadiness(this IHealthChecksBuilder builder) =>
        builder.AddReadinessCheck("storage", async (services, ct) =>
            await services.GetRequiredService<IRecordStore>().PingAsync(ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("storage does not answer"));
}
