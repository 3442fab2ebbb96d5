namespace RecoveryBot.Storage.Audit;

/// <summary>Append-only audit trail (crisis escalations, handoffs, transcript exports, deletions).</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries matching the query, oldest first; <see cref="AuditQuery.From"/> inclusive, <see cref="AuditQuery.To"/> exclusive.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
