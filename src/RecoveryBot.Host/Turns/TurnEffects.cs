using RecoveryBot.Dialogs.Engine;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// Performs what the engine asked for (ARCHITECTURE §3: the engine is pure, the pipeline performs effects).
/// Each concern (handoff, data deletion, audit) is its own handler, registered in DI.
/// </summary>
public interface ITurnEffectHandler
{
    /// <summary>Runs inside the turn, once the record is saved; slow or proactive work belongs on a queue.</summary>
    Task HandleAsync(TurnOutcome outcome, CancellationToken ct);

    /// <summary>
    /// The effect kinds this handler performs at least once: when a saved turn's activity comes again, it runs again
    /// for them (and must be idempotent). Counting or auditing handlers claim none, so a repeat is not counted twice.
    /// </summary>
    IReadOnlySet<EffectKind> AtLeastOnce => NoKinds;

    static readonly IReadOnlySet<EffectKind> NoKinds = new HashSet<EffectKind>();
}

/// <summary>
/// Runs every handler once the turn is saved. Each one is guarded on its own: a handler that fails (an audit write
/// on a full disk) is logged and the others still run, and the turn's replies are sent unchanged — turning a saved
/// crisis turn into the generic fallback would leave the dialog a step ahead of what the person saw.
/// </summary>
public sealed partial class TurnEffects(IEnumerable<ITurnEffectHandler> handlers, ILogger<TurnEffects> logger)
{
    private readonly ITurnEffectHandler[] _handlers = handlers.ToArray();

    /// <summary>The effect kinds some handler performs at least once: a saved turn keeps these for a repeat.</summary>
    public IReadOnlySet<EffectKind> AtLeastOnce { get; } = handlers.SelectMany(h => h.AtLeastOnce).ToHashSet();

    public Task AfterSaveAsync(TurnOutcome outcome, CancellationToken ct) => RunAsync(_handlers, outcome, ct);

    /// <summary>A saved turn came again: only the at-least-once handlers run, for the effects the turn kept.</summary>
    public Task AfterRepeatAsync(TurnOutcome outcome, CancellationToken ct) =>
        RunAsync(_handlers.Where(h => outcome.Turn.Effects.Any(e => h.AtLeastOnce.Contains(e.Kind))), outcome, ct);

    private async Task RunAsync(IEnumerable<ITurnEffectHandler> handlers, TurnOutcome outcome, CancellationToken ct)
    {
        foreach (var handler in handlers)
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
