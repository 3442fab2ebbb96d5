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

    /// <summary>
    /// The newest <paramref name="max"/> entries, oldest first: where a retried post is looked for (Direct Line
    /// idempotency, issue 7). This default pages through <see cref="ReadAfterAsync"/>; stores override it with one query.
    /// </summary>
    async Task<IReadOnlyList<LoggedActivity>> ReadLastAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var tail = new Queue<LoggedActivity>(max);
        var after = 0L;
        while (true)
        {
            var page = await ReadAfterAsync(conversationId, after, 500, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0) return [.. tail];
            foreach (var entry in page)
            {
                if (tail.Count == max) tail.Dequeue();
                tail.Enqueue(entry);
            }
            after = page[^1].Watermark;
        }
    }

    Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);
}
