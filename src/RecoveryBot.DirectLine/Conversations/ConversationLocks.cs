using System.Collections.Concurrent;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// One post at a time per conversation, so an echo and its replies are never interleaved with another post's
/// (issue #5 §4). Entries are reference-counted and removed when idle.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = _entries.GetOrAdd(conversationId, _ => new Entry());
            lock (entry)
            {
                if (!entry.Removed)
                {
                    entry.Users++;
                    break;
                }
            }
        }
        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(conversationId, entry, gateHeld: false);
            throw;
        }
        return new Releaser(this, conversationId, entry);
    }

    private void Release(string conversationId, Entry entry, bool gateHeld)
    {
        if (gateHeld)
            entry.Gate.Release();
        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Removed = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(conversationId, entry));
            }
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users;
        public bool Removed;
    }

    private sealed class Releaser(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                owner.Release(conversationId, entry, gateHeld: true);
        }
    }
}
