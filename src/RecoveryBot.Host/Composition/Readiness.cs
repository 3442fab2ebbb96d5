using Microsoft.Extensions.Diagnostics.HealthChecks;
using RecoveryBot.Host.Observability;

namespace RecoveryBot.Host.Composition;

/// <summary>
/// What /readyz checks: storage answers and can still take a write (issue #9: a full disk or an exhausted
/// <c>Storage:Sqlite:MaxPageCount</c> quota answers reads but refuses every save). Content is validated at start
/// (the host refuses invalid content).
/// </summary>
public static class Readiness
{
    public static IHealthChecksBuilder AddRecoveryBotReadiness(this IHealthChecksBuilder builder)
    {
        builder.Services.AddSingleton<StorageWriteProbe>();
        return builder.AddReadinessCheck("storage", async (services, ct) =>
        {
            var probe = services.GetRequiredService<StorageWriteProbe>();
            if (!await probe.PingAsync(ct))
            {
                return HealthCheckResult.Unhealthy("storage does not answer");
            }
            return await probe.CanWriteAsync(ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("storage refuses writes (disk or quota full?)");
        });
    }
}
