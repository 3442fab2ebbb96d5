using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Storage;

/// <summary>Tickets and the conversation → active ticket pointer.</summary>
public sealed class TicketRepository(JsonRecords records, OpenTicketIndex index)
{
    private sealed record ActivePointer(string TicketId);

    public async Task<Ticket?> GetAsync(string ticketId, CancellationToken ct = default) =>
        (await records.ReadAsync<Ticket>(HandoffKeys.Ticket(ticketId), ct))?.Value;

    public async Task CreateAsync(Ticket ticket, CancellationToken ct = default)
    {
        // Ticket first, then the index: a crash in between leaves an orphan record, never an index entry
        // pointing nowhere.
        await records.WriteAsync(HandoffKeys.Ticket(ticket.Id), ticket, expectedETag: null, ct);
        await index.AddAsync(ticket.Id, ct);
        await records.UpdateAsync<ActivePointer>(HandoffKeys.ActiveForConversation(ticket.Person.ConversationId),
            _ => new ActivePointer(ticket.Id), ct);
        await records.UpdateAsync<List<string>>(HandoffKeys.ConversationTickets(ticket.Person.ConversationId),
            ids => ids is not null && ids.Contains(ticket.Id) ? null : [.. ids ?? [], ticket.Id], ct);
    }

    /// <summary>Ids of every ticket the conversation had, open or closed.</summary>
    public async Task<IReadOnlyList<string>> ListIdsForConversationAsync(string conversationId, CancellationToken ct = default) =>
        (await records.ReadAsync<List<string>>(HandoffKeys.ConversationTickets(conversationId), ct))?.Value ?? [];

    /// <summary>
    /// Compare-and-set on one ticket. <paramref name="change"/> mutates the ticket and returns true to write, or
    /// returns false when the ticket is no longer in a state where the change applies (someone else won).
    /// </summary>
    /// <returns>The ticket as written, or null when the change declined or the ticket does not exist.</returns>
    public async Task<Ticket?> UpdateAsync(string ticketId, Func<Ticket, bool> change, CancellationToken ct = default)
    {
        var written = await records.UpdateAsync<Ticket>(HandoffKeys.Ticket(ticketId),
            ticket => ticket is not null && change(ticket) ? ticket : null, ct);
        if (written is not null && !written.State.IsOpen())
        {
            await index.RemoveAsync(ticketId, ct);
            await records.Store.DeleteAsync(HandoffKeys.ActiveForConversation(written.Person.ConversationId), ct);
        }
        return written;
    }

    public async Task<Ticket?> GetActiveForConversationAsync(string conversationId, CancellationToken ct = default)
    {
        var pointer = await records.ReadAsync<ActivePointer>(HandoffKeys.ActiveForConversation(conversationId), ct);
        if (pointer is null)
        {
            return null;
        }
        var ticket = await GetAsync(pointer.Value.TicketId, ct);
        return ticket is not null && ticket.State.IsOpen() ? ticket : null;
    }

    public async Task<IReadOnlyList<Ticket>> ListOpenAsync(CancellationToken ct = default)
    {
        var tickets = new List<Ticket>();
        foreach (var id in await index.ListAsync(ct))
        {
            var ticket = await GetAsync(id, ct);
            if (ticket is not null && ticket.State.IsOpen())
            {
                tickets.Add(ticket);
            }
        }
        return tickets;
    }
}
