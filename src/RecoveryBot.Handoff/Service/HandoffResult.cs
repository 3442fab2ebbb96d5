using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>The answer to a responder action: Ok with the ticket as written, or why not.</summary>
public sealed record HandoffResult(HandoffOutcome Outcome, Ticket? Ticket)
{
    public bool Succeeded => Outcome == HandoffOutcome.Ok;

    public static HandoffResult Ok(Ticket ticket) => new(HandoffOutcome.Ok, ticket);
    public static HandoffResult Fail(HandoffOutcome outcome, Ticket? ticket = null) => new(outcome, ticket);
}

public enum RelayOutcome
{
    /// <summary>No open handoff: the pipeline runs the dialog as usual.</summary>
    NotActive,
    /// <summary>Waiting for a responder: the line is kept for them; the bot keeps talking with the person.</summary>
    Waiting,
    /// <summary>A responder holds the conversation: the line went to them; the bot stays quiet.</summary>
    Delivered,
}

public sealed record RelayResult(RelayOutcome Outcome, Ticket? Ticket);
