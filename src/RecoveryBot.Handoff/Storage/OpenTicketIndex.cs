namespace RecoveryBot.Handoff.Storage;

/// <summary>
/// The ids of open tickets, one small record, so the queue and the sweeper need no key scan (IRecordStore has
/// none). Updated with compare-and-set like everything else.
/// </summary>
public sealed class OpenTicketIndex(JsonRecords records)
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken ct = default) =>
        (await records.ReadAsync<List<string>>(HandoffKeys.OpenTicketIndex, ct))?.Value ?? [];

    public Task AddAsync(string ticketId, CancellationToken ct = default) =>
        records.UpdateAsync<List<string>>(HandoffKeys.OpenTicketIndex, ids =>
            ids is not null && ids.Contains(ticketId) ? null : [.. ids ?? [], ticketId], ct);

    public Task RemoveAsync(string ticketId, CancellationToken ct = default) =>
        records.UpdateAsync<List<string>>(HandoffKeys.OpenTicketIndex, ids =>
            ids is null || !ids.Contains(ticketId) ? null : ids.Where(id => id != ticketId).ToList(), ct);
}
