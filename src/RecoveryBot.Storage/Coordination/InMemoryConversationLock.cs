namespace RecoveryBot.Storage.Coordination;

/// <summary>
/// One <see cref="SemaphoreSlim"/> per conversation in use; an entry is removed when its last holder or waiter
/// leaves, so memory follows the number of active conversations, not all conversations ever seen. The table is
/// split into stripes by a hash of the id: with one table-wide lock, every turn of every conversation contended
/// on it (visible in profiles at 64 concurrent conversations).
/// </summary>
public sealed class InMemoryConversationLock : IConversationLock
{
    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users; // holders + waiters; guarded by the stripe's lock
    }

    private const int StripeCount = 32;
    private readonly Dictionary<string, Entry>[] _stripes =
        Enumerable.Range(0, StripeCount).Select(_ => new Dictionary<string, Entry>(StringComparer.Ordinal)).ToArray();

    /// <summary>Conversations with a holder or waiter now (tests check that entries go away).</summary>
    public int ActiveCount => _stripes.Sum(stripe => { lock (stripe) return stripe.Count; });

    private Dictionary<string, Entry> StripeOf(string conversationId) =>
        _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % StripeCount)];

    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        Entry entry;
        var stripe = StripeOf(conversationId);
        lock (stripe)
        {
            if (!stripe.TryGetValue(conversationId, out entry!))
                stripe[conversationId] = entry = new Entry();
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
        var stripe = StripeOf(conversationId);
        lock (stripe)
        {
            if (--entry.Users == 0) stripe.Remove(conversationId);
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
