namespace RecoveryBot.Handoff.Tickets;

/// <summary>One hand-over between responders (ids only).</summary>
public sealed record TransferRecord(string FromResponderId, string ToResponderId, DateTimeOffset At);
