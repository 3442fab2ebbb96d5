namespace RecoveryBot.Storage.Coordination;

/// <summary>Channel → handlers, copy-on-write so delivery iterates a snapshot without holding a lock.</summary>
internal sealed class SubscriberRegistry
{
    private readonly Dictionary<string, KeyValuePair<object, Func<string, ValueTask>>[]> _byChannel = new(StringComparer.Ordinal);

    /// <summary>Adds a handler; returns a token for <see cref="Remove"/> and whether the channel is new.</summary>
    public object Add(string channel, Func<string, ValueTask> handler) => Add(channel, handler, out _);

    public object Add(string channel, Func<string, ValueTask> handler, out bool firstForChannel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(handler);
        var token = new object();
        lock (_byChannel)
        {
            firstForChannel = !_byChannel.TryGetValue(channel, out var existing);
            _byChannel[channel] = [.. existing ?? [], new(token, handler)];
        }
        return token;
    }

    /// <returns>True when the channel has no handlers left.</returns>
    public bool Remove(string channel, object token)
    {
        lock (_byChannel)
        {
            if (!_byChannel.TryGetValue(channel, out var existing)) return true;
            var rest = existing.Where(h => h.Key != token).ToArray();
            if (rest.Length == 0) _byChannel.Remove(channel);
            else _byChannel[channel] = rest;
            return rest.Length == 0;
        }
    }

    public IEnumerable<Func<string, ValueTask>> HandlersOf(string channel)
    {
        KeyValuePair<object, Func<string, ValueTask>>[]? handlers;
        lock (_byChannel) _byChannel.TryGetValue(channel, out handlers);
        return handlers is null ? [] : handlers.Select(h => h.Value);
    }

    public string[] Channels()
    {
        lock (_byChannel) return [.. _byChannel.Keys];
    }
}
