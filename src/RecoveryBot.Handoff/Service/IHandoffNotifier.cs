using System.Threading.Channels;

namespace RecoveryBot.Handoff.Service;

/// <summary>Live handoff changes for the console (Server-Sent Events) and anything else that watches.</summary>
public interface IHandoffNotifier
{
    void Publish(HandoffEvent handoffEvent);

    /// <summary>Dispose the subscription to stop receiving.</summary>
    HandoffSubscription Subscribe();
}

public sealed class HandoffSubscription(ChannelReader<HandoffEvent> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<HandoffEvent> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}

/// <summary>
/// One process's fan-out. With several host instances the storage layer's change feed (PostgreSQL NOTIFY) must
/// republish here; until then each instance sees its own events.
/// </summary>
public sealed class InProcessHandoffNotifier : IHandoffNotifier
{
    private readonly Lock gate = new();
    private readonly List<Channel<HandoffEvent>> subscribers = [];

    public void Publish(HandoffEvent handoffEvent)
    {
        lock (gate)
        {
            foreach (var subscriber in subscribers)
            {
                // Bounded, drop-oldest: a stuck browser cannot grow memory; the page reloads its state on reconnect.
                subscriber.Writer.TryWrite(handoffEvent);
            }
        }
    }

    public HandoffSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<HandoffEvent>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            subscribers.Add(channel);
        }
        return new HandoffSubscription(channel.Reader, () =>
        {
            lock (gate)
            {
                subscribers.Remove(channel);
            }
            channel.Writer.TryComplete();
        });
    }
}
