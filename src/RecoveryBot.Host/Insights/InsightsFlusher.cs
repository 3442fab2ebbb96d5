namespace RecoveryBot.Host.Insights;

/// <summary>
/// Writes the <see cref="InsightsBuffer"/> every <c>Insights:FlushSeconds</c> (default 5) and once more when the
/// host stops, so a graceful restart loses no counts. The interval is measured on the injected TimeProvider.
/// </summary>
public sealed class InsightsFlusher(InsightsBuffer buffer, TimeProvider clock, IConfiguration configuration) : BackgroundService
{
    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Insights:FlushSeconds", 5.0), 0.1, 300));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await buffer.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush happens in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await buffer.FlushAsync(cancellationToken);
    }
}
