namespace RecoveryBot.Handoff.Tickets;

/// <summary>requested → claimed → closed; a waiting request can also be cancelled by the person or time out.</summary>
public enum TicketState
{
    Requested,
    Claimed,
    Closed,
    TimedOut,
    Cancelled,
}

public static class TicketStateExtensions
{
    /// <summary>Open tickets are the ones the queue, the relay and the sweeper care about.</summary>
    public static bool IsOpen(this TicketState state) => state is TicketState.Requested or TicketState.Claimed;
}
