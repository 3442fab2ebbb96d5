using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Handoff.Service;

/// <summary>Runs <see cref="HandoffService.SweepAsync"/> on the <see cref="TimeProvider"/>'s clock.</summary>
public sealed class HandoffSweeper(HandoffService service, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Max(1, options.Value.SweepSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, time, stoppingToken);
                await service.SweepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handoff sweep failed; retrying next period");
            }
        }
    }
}
