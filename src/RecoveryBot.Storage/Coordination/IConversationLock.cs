namespace RecoveryBot.Storage.Coordination;

/// <summary>
/// Per-conversation mutual exclusion (issue 2 §5: two messages of one conversation are processed one after the
/// other, never interleaved; issue 7 §3: across instances). Dispose the returned handle to release.
/// </summary>
public interface IConversationLock
{
    Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken ct);
}
