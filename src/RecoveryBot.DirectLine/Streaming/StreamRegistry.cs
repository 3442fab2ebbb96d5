using System.Collections.Concurrent;

namespace RecoveryBot.DirectLine.Streaming;

/// <summary>
/// One socket per conversation on this instance: a newer socket takes over and the older one is closed with the
/// reason "collision", as Azure Direct Line does (PROTOCOL §4.5).
/// </summary>
public sealed class StreamRegistry
{
    private readonly ConcurrentDictionary<string, StreamSession> _active = new(StringComparer.Ordinal);

    public int Count => _active.Count;

    public void Register(string conversationId, StreamSession session)
    {
        StreamSession? previous = null;
        _active.AddOrUpdate(conversationId, session, (_, old) => { previous = old; return session; });
        previous?.Collide();
    }

    public void Unregister(string conversationId, StreamSession session) =>
        _active.TryRemove(new KeyValuePair<string, StreamSession>(conversationId, session));
}
