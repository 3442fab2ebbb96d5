using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace RecoveryBot.DirectLine.Delivery;

/// <summary>Single-instance feed: subscribers per conversation in memory.</summary>
public sealed class InMemoryConversationFeed : IConversationFeed
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Action<ConversationSignal>>> _subscribers = new(StringComparer.Ordinal);

    public ValueTask PublishAsync(ConversationSignal signal, CancellationToken cancellationToken = default)
    {
        if (_subscribers.TryGetValue(signal.ConversationId, out var listeners))
            foreach (var listener in listeners)
                listener(signal);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string conversationId, Action<ConversationSignal> onSignal)
    {
        _subscribers.AddOrUpdate(conversationId, _ => [onSignal], (_, list) => list.Add(onSignal));
        return new Subscription(this, conversationId, onSignal);
    }

    private void Remove(string conversationId, Action<ConversationSignal> onSignal)
    {
        while (_subscribers.TryGetValue(conversationId, out var list))
        {
            var next = list.Remove(onSignal);
            var done = next.IsEmpty
                ? _subscribers.TryRemove(new KeyValuePair<string, ImmutableArray<Action<ConversationSignal>>>(conversationId, list))
                : _subscribers.TryUpdate(conversationId, next, list);
            if (done)
                return;
        }
    }

    private sealed class Subscription(InMemoryConversationFeed feed, string conversationId, Action<ConversationSignal> onSignal) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                feed.Remove(conversationId, onSignal);
        }
    }
}
