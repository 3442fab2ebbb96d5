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

public sealed class TurnEffects(IEnumerable<ITurnEffectHandler> handlers)
{
    private readonly ITurnEffectHandler[] _handlers = handlers.ToArray();

    public async Task AfterSaveAsync(TurnOutcome outcome, CancellationToken ct)
    {
        foreach (var handler in _handlers)
        {
            await handler.HandleAsync(outcome, ct);
        }
    }
}
