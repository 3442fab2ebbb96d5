namespace RecoveryBot.Storage.Audit;

/// <summary>
/// One audited event (issue 7: crisis audit entries keep ids and levels only). <see cref="Detail"/> holds ids,
/// levels and counts (e.g. "level=High;category=Overdose") and never anything a person wrote.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset Timestamp,
    string Actor,
    string Action,
    string? ConversationId = null,
    string? TicketId = null,
    string? Detail = null);

/// <summary>Which audit entries to read; every filter is optional. Oldest first, at most <see cref="Max"/>.</summary>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? ConversationId = null,
    string? TicketId = null,
    string? Action = null,
    int Max = 500);
