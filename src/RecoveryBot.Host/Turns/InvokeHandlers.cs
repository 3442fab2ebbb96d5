using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

/// <summary>Answers one kind of invoke (by name); returns null when it does not handle that activity.</summary>
public interface IInvokeHandler
{
    Task<TurnResult?> HandleAsync(Activity invoke, CancellationToken ct);
}

/// <summary>Asks each registered handler in turn; none → the endpoint answers 501 as the SDK does (PROTOCOL §3.5).</summary>
public sealed class InvokeHandlers(IEnumerable<IInvokeHandler> handlers)
{
    private readonly IInvokeHandler[] _handlers = handlers.ToArray();

    public async Task<TurnResult?> HandleAsync(Activity invoke, CancellationToken ct)
    {
        foreach (var handler in _handlers)
        {
            if (await handler.HandleAsync(invoke, ct) is { } result)
            {
                return result;
            }
        }
        return null;
    }
}
