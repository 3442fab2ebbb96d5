namespace RecoveryBot.Host.ScaleOut;

/// <summary>
/// Waits, at start, until this instance hears the other instances' signals, so a socket accepted right after start
/// never misses an activity stored elsewhere. A database that is down does not stop the host: it serves, logs, and
/// the feed keeps reconnecting.
/// </summary>
public sealed partial class ScaleOutStartup(ClusterConversationFeed feed, ClusterHandoffNotifier notifier,
    Microsoft.Extensions.Options.IOptions<ScaleOutOptions> options, TimeProvider clock, ILogger<ScaleOutStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(feed.Ready, notifier.Ready).WaitAsync(options.Value.ReadyTimeout, clock, cancellationToken);
            LogReady(logger);
        }
        catch (TimeoutException)
        {
            LogNotReady(logger, (int)options.Value.ReadyTimeout.TotalSeconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Scale-out: listening for other instances' signals")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scale-out: the change feed is not listening after {Seconds} s; serving anyway, it keeps reconnecting")]
    private static partial void LogNotReady(ILogger logger, int seconds);
}
