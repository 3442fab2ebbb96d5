using RecoveryBot.Handoff.Storage;

namespace RecoveryBot.Handoff.Privacy;

/// <summary>
/// "Delete my data" for the handoff module (issue 7): every ticket of the conversation, open or closed, with its
/// redacted transcript and private notes, the open-queue entry and the conversation's pointers. The responder
/// audit stays: it holds ticket ids and actions only, never words, and no conversation id.
/// </summary>
public sealed class HandoffErasure(TicketRepository tickets, OpenTicketIndex openIndex, JsonRecords records)
{
    /// <returns>How many tickets were removed.</returns>
    public async Task<int> EraseConversationAsync(string conversationId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var ids = new HashSet<string>(await tickets.ListIdsForConversationAsync(conversationId, ct), StringComparer.Ordinal);
        // Tickets written before the per-conversation list existed are still found while they are open.
        foreach (var openId in await openIndex.ListAsync(ct))
        {
            if ((await tickets.GetAsync(openId, ct))?.Person.ConversationId == conversationId)
            {
                ids.Add(openId);
            }
        }

        var store = records.Store;
        foreach (var id in ids)
        {
            await openIndex.RemoveAsync(id, ct);
            await store.DeleteAsync(HandoffKeys.Transcript(id), ct);
            await store.DeleteAsync(HandoffKeys.Notes(id), ct);
            await store.DeleteAsync(HandoffKeys.Ticket(id), ct);
        }
        await store.DeleteAsync(HandoffKeys.ActiveForConversation(conversationId), ct);
        await store.DeleteAsync(HandoffKeys.ConversationTickets(conversationId), ct);
        return ids.Count;
    }
}
