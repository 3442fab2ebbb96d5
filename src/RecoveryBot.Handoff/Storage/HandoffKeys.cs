namespace RecoveryBot.Handoff.Storage;

/// <summary>Record keys of the handoff module, in one place so "delete my data" and migrations can find them.</summary>
public static class HandoffKeys
{
    public const string TicketPrefix = "ticket:";
    public const string OpenTicketIndex = "handoff:open-tickets";
    // Accounts must outlive the retention purge, which spares only keys under "durable/" (Storage:Retention).
    public const string ResponderPrefix = "durable/responder:";
    public const string ResponderIndex = "durable/handoff:responders";

    public static string Ticket(string ticketId) => TicketPrefix + ticketId;
    public static string ActiveForConversation(string conversationId) => "handoff:conversation:" + conversationId;
    /// <summary>Every ticket a conversation ever had, open or closed, so "delete my data" can find them (no key scan).</summary>
    public static string ConversationTickets(string conversationId) => "handoff:conversation-tickets:" + conversationId;
    public static string Transcript(string ticketId) => "handoff:transcript:" + ticketId;
    public static string Notes(string ticketId) => "handoff:notes:" + ticketId;
    public static string TeamsThread(string threadConversationId) => "handoff:teams-thread:" + threadConversationId;
    public static string Responder(string responderId) => ResponderPrefix + responderId;
    public static string AuditDay(DateTimeOffset at) => "handoff:audit:" + at.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
