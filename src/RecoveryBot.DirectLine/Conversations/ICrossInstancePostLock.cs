namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// Optional: orders a conversation's posts across instances too (issue 7 §3). When registered,
/// <see cref="ConversationLocks"/> takes it after the in-process gate, so one instance holds at most one per conversation.
/// </summary>
public interface ICrossInstancePostLock
{
    Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken);
}
