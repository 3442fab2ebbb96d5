namespace RecoveryBot.Storage.Audit;

/// <summary>Append-only audit trail (crisis escalations, handoffs, transcript exports, deletions).</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries matching the query, oldest first; <see cref="AuditQuery.From"/> inclusive, <see cref="AuditQuery.To"/> exclusive.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Delete my data" (issue 7): the conversation's entries stay (they hold ids and levels only, and a clinic must
    /// still be able to count crisis detections) but their conversation id becomes <paramref name="replacement"/>,
    /// so nothing in the audit trail points back at the person any more. Returns how many entries changed.
    /// </summary>
    Task<int> ReplaceConversationIdAsync(string conversationId, string replacement, CancellationToken cancellationToken = default);
}
