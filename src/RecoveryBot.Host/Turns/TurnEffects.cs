namespace RecoveryBot.Host.Turns;

/// <summary>
/// Performs what the engine asked for (ARCHITECTURE §3: the engine is pure, the pipeline performs effects).
/// Each concern (handoff, data deletion, audit) is its own handler, registered in DI.
/// </summary>
public interface ITurnEffectHandler
{
    /// <summary>Runs inside the turn, once the record is saved; slow or proactive work belongs on a queue.</summary>
    Task HandleAsync(TurnOutcome outcome, CancellationToken ct);
}

/// <summary>
/// Runs every handler once the turn is saved. Each one is guarded on its own: a handler that fails (an audit write
/// on a full disk) is logged and the others still run, and the turn's replies are sent unchanged — turning a saved
/// crisis turn into the generic fallback would leave the dialog a step ahead of what the person saw.
/// </summary>
public sealed partial class TurnEffects(IEnumerable<ITurnEffectHandler> handlers, ILogger<TurnEffects> logger)
{
    private readonly ITurnEffectHandler[] _handlers = handlers.ToArray();

    public async Task AfterSaveAsync(TurnOutcome outcome, CancellationToken ct)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                await handler.HandleAsync(outcome, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogFailed(logger, ex, handler.GetType().Name, outcome.ChannelId, outcome.ConversationId, outcome.Inbound.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Handler} failed after turn {ChannelId}/{ConversationId} activity {ActivityId} was saved; replies sent unchanged")]
    private static partial void LogFailed(ILogger logger, Exception ex, string handler, string channelId, string conversationId, string? activityId);
}
