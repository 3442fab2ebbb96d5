namespace RecoveryBot.Storage.Records;

/// <summary>One entry of a conversation's log; <see cref="Watermark"/> grows by one per entry, from 1.</summary>
public sealed record LoggedActivity(long Watermark, byte[] Json);

/// <summary>
/// The Direct Line conversation log: activities are stored (and numbered) before they are acknowledged, so a
/// client that reconnects with its watermark replays everything it missed, in order, once (PROTOCOL §4.5).
/// </summary>
public interface IActivityLog
{
    /// <summary>Appends the activities in order, atomically; returns their watermarks.</summary>
    Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<byte[]> activities, CancellationToken cancellationToken = default);

    /// <summary>Entries with a watermark greater than <paramref name="afterWatermark"/>, oldest first.</summary>
    Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken = default);

    Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);
}
