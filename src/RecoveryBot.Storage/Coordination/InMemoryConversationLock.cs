namespace RecoveryBot.Storage.Coordination;

/// <summary>
/// One <see cref="SemaphoreSlim"/> per conversation in use; an entry is removed when its last holder or waiter
/// leaves, so memory follows the number of active conversations, not all conversations ever seen.
/// </summary>
public sealed class InMemoryConversationLock : IConversationLock
{
    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users; // holders + waiters; guarded by _entries
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Conversations with a holder or waiter now (tests check that entries go away).</summary>
    public int ActiveCount { get { lock (_entries) return _entries.Count; } }

    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
                _entries[conversationId] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Gate.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Leave(conversationId, entry);
            throw;
        }
        return new Handle(this, conversationId, entry);
    }

    private void Leave(string conversationId, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0) _entries.Remove(conversationId);
        }
    }

    private sealed class Handle(InMemoryConversationLock owner, string conversationId, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(conversationId, entry);
            }
            return ValueTask.CompletedTask;
        }
    }
}
