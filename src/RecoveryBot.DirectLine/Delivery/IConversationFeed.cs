namespace RecoveryBot.DirectLine.Delivery;

/// <summary>
/// "Something new in conversation X": either the log grew to <see cref="Watermark"/>, or an ephemeral activity
/// (typing) that is pushed to sockets and never stored (PROTOCOL §4.5); then <see cref="Watermark"/> is the last
/// stored entry before it, so it is delivered in its place.
/// </summary>
public sealed record ConversationSignal(string ConversationId, long Watermark, byte[]? Ephemeral = null)
{
    /// <summary>An ephemeral activity that belongs after whatever the log holds when it arrives (proactive typing).</summary>
    public const long Now = -1;
}

/// <summary>
/// Wakes whoever holds a conversation's socket. In-process by default; a PostgreSQL LISTEN/NOTIFY implementation
/// lets the instance that stored an activity wake the instance that holds the client's socket (ARCHITECTURE §8).
/// </summary>
public interface IConversationFeed
{
    ValueTask PublishAsync(ConversationSignal signal, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="onSignal"/> for every signal of the conversation until disposed. The callback must
    /// not block (it runs on the publisher's thread); signals may be coalesced or lost, so listeners always re-read
    /// the log after their last watermark.
    /// </summary>
    IDisposable Subscribe(string conversationId, Action<ConversationSignal> onSignal);
}
