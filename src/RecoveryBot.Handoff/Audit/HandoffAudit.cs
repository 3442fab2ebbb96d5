using RecoveryBot.Handoff.Storage;

namespace RecoveryBot.Handoff.Audit;

/// <summary>
/// Append-only audit of responder actions, one record per UTC day (small enough to read on the supervisor page).
/// The type has no free-text field on purpose, so a caller cannot put what someone wrote into it.
/// </summary>
public sealed class HandoffAudit(JsonRecords records, TimeProvider time)
{
    public const string PersonActor = "person";
    public const string SystemActor = "system";

    public async Task RecordAsync(string actorId, AuditAction action, string? ticketId = null, string? targetId = null, CancellationToken ct = default)
    {
        var entry = new AuditEntry(time.GetUtcNow(), actorId, action, ticketId, targetId);
        await records.UpdateAsync<List<AuditEntry>>(HandoffKeys.AuditDay(entry.At), entries => [.. entries ?? [], entry], ct);
    }

    /// <summary>Newest first, from today and the days before it.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadRecentAsync(int days = 2, int max = 500, CancellationToken ct = default)
    {
        var result = new List<AuditEntry>();
        var now = time.GetUtcNow();
        for (var d = 0; d < days && result.Count < max; d++)
        {
            var day = await records.ReadAsync<List<AuditEntry>>(HandoffKeys.AuditDay(now.AddDays(-d)), ct);
            if (day is not null)
            {
                result.AddRange(Enumerable.Reverse(day.Value));
            }
        }
        return result.Take(max).ToList();
    }
}
