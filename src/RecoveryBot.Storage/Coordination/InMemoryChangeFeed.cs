using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RecoveryBot.Storage.Coordination;

/// <summary>The change feed of a single instance (SQLite): delivery is a direct call to the subscribers.</summary>
public sealed class InMemoryChangeFeed(ILogger<InMemoryChangeFeed>? logger = null) : IChangeFeed
{
    private readonly ILogger _logger = logger ?? NullLogger<InMemoryChangeFeed>.Instance;
    private readonly SubscriberRegistry _subscribers = new();

    public async ValueTask PublishAsync(string channel, string payload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(payload);
        foreach (var handler in _subscribers.HandlersOf(channel))
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await handler(payload).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // A failing subscriber must not stop the others or the publisher (the publisher's data is stored).
                _logger.LogWarning(ex, "A change-feed subscriber failed.");
            }
        }
    }

    public ChangeSubscription Subscribe(string channel, Func<string, ValueTask> onMessage)
    {
        var token = _subscribers.Add(channel, onMessage);
        return new ChangeSubscription(Task.CompletedTask, () =>
        {
            _subscribers.Remove(channel, token);
            return ValueTask.CompletedTask;
        });
    }
}
