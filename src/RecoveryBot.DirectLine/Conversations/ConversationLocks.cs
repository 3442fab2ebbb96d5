using System.Collections.Concurrent;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// One post at a time per conversation, so an echo and its replies are never interleaved with another post's
/// (issue #5 §4). Entries are reference-counted and removed when idle.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ICrossInstancePostLock? _crossInstance;

    public ConversationLocks()
    {
    }

    public ConversationLocks(IEnumerable<ICrossInstancePostLock> crossInstance) => _crossInstance = crossInstance.LastOrDefault();

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
        IAsyncDisposable? remote = null;
        if (_crossInstance is not null)
        {
            try
            {
                remote = await _crossInstance.AcquireAsync(conversationId, cancellationToken);
            }
            catch
            {
                Release(conversationId, entry, gateHeld: true);
                throw;
            }
        }
        return new Releaser(this, conversationId, entry, remote);
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

    private sealed class Releaser(ConversationLocks owner, string conversationId, Entry entry, IAsyncDisposable? remote) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            if (remote is null)
                owner.Release(conversationId, entry, gateHeld: true);
            else
                _ = ReleaseBothAsync();
        }

        // The in-process gate opens only after the cross-instance lock is released, so local waiters stay in order.
        private async Task ReleaseBothAsync()
        {
            try
            {
                await remote!.DisposeAsync();
            }
            catch
            {
                // The lock's own implementation logs; its session ending frees it.
            }
            finally
            {
                owner.Release(conversationId, entry, gateHeld: true);
            }
        }
    }
}
