using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Storage;

namespace RecoveryBot.Host.Insights;

/// <summary>Handoffs requested in a date range and what became of them; waits in minutes, no ids leave this type.</summary>
public sealed record HandoffSummary(int Requested, int Claimed, int TimedOut, IReadOnlyList<TimeSpan> TimesToClaim);

/// <summary>
/// Reads handoff outcomes from the handoff audit (one record per UTC day, src/RecoveryBot.Handoff/Audit): a ticket
/// requested in the range counts as requested; its first claim (also on the day after the range, or later within
/// <see cref="ClaimLookAheadDays"/>) as claimed with its time to claim; a timeout as timed out. The audit follows
/// the storage retention period, so handoff figures reach back that far only.
/// </summary>
public sealed class HandoffOutcomes(JsonRecords records, TimeProvider clock)
{
    public const int ClaimLookAheadDays = 1;

    public async Task<HandoffSummary> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = to.AddDays(ClaimLookAheadDays) < today ? to.AddDays(ClaimLookAheadDays) : today;
        var requested = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var claimed = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var timedOut = new HashSet<string>(StringComparer.Ordinal);
        for (var day = from; day <= last; day = day.AddDays(1))
        {
            var entries = await records.ReadAsync<List<AuditEntry>>(HandoffKeys.AuditDay(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), ct);
            foreach (var entry in entries?.Value ?? [])
            {
                if (entry.TicketId is not { } ticket)
                {
                    continue;
                }
                switch (entry.Action)
                {
                    case AuditAction.Requested when day <= to:
                        requested.TryAdd(ticket, entry.At);
                        break;
                    case AuditAction.Claimed:
                        claimed.TryAdd(ticket, entry.At); // a transfer or re-claim later does not change the first wait
                        break;
                    case AuditAction.TimedOut:
                        timedOut.Add(ticket);
                        break;
                }
            }
        }
        var waits = requested
            .Where(r => claimed.ContainsKey(r.Key))
            .Select(r => claimed[r.Key] - r.Value)
            .Select(w => w < TimeSpan.Zero ? TimeSpan.Zero : w)
            .ToList();
        return new HandoffSummary(requested.Count, waits.Count, requested.Keys.Count(timedOut.Contains), waits);
    }
}
