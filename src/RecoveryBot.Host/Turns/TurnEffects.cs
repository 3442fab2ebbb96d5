using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// Performs what the engine asked for (ARCHITECTURE §3: the engine is pure, the pipeline performs effects).
/// Each concern (handoff, data deletion, audit) is its own handler, registered in DI.
/// </summary>
public interface ITurnEffectHandler
{
    Task HandleAsync(DialogTurn turn, Activity inbound, CancellationToken ct);
}

public sealed class TurnEffects(IEnumerable<ITurnEffectHandler> handlers)
{
    private readonly ITurnEffectHandler[] _handlers = handlers.ToArray();

    public async Task BeforeSaveAsync(DialogTurn turn, Activity inbound, CancellationToken ct)
    {
        foreach (var handler in _handlers)
        {
            await handler.HandleAsync(turn, inbound, ct);
        }
    }
}
