using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Queue;

/// <summary>The queue rule (ARCHITECTURE §7): highest risk first, then longest wait, then id for a stable order.</summary>
public static class QueueOrder
{
    public static IReadOnlyList<Ticket> Waiting(IEnumerable<Ticket> tickets) => tickets
        .Where(t => t.State == TicketState.Requested && !t.HeldByContactCenter)
        .OrderBy(t => t.Risk)
        .ThenBy(t => t.RequestedAt)
        .ThenBy(t => t.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>1-based place in line, or null when the ticket is not waiting.</summary>
    public static int? PlaceOf(IReadOnlyList<Ticket> waiting, string ticketId)
    {
        for (var i = 0; i < waiting.Count; i++)
        {
            if (waiting[i].Id == ticketId)
            {
                return i + 1;
            }
        }
        return null;
    }
}
