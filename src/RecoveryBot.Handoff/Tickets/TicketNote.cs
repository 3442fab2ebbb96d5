namespace RecoveryBot.Handoff.Tickets;

/// <summary>A responder's private note on a ticket: shown to responders only, never sent to the person.</summary>
public sealed record TicketNote(string ResponderId, string ResponderName, string Text, DateTimeOffset At);
