using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Storage;

/// <summary>The redacted transcript and the private notes of a ticket, each one record appended with compare-and-set.</summary>
public sealed class TranscriptStore(JsonRecords records)
{
    public async Task<TranscriptLine> AppendLineAsync(string ticketId, TranscriptAuthor author, string? responderName,
        string redactedText, DateTimeOffset at, bool crisis, CancellationToken ct = default)
    {
        TranscriptLine? line = null;
        await records.UpdateAsync<List<TranscriptLine>>(HandoffKeys.Transcript(ticketId), lines =>
        {
            lines ??= [];
            line = new TranscriptLine(lines.Count + 1, author, responderName, redactedText, at, crisis);
            lines.Add(line);
            return lines;
        }, ct);
        return line!;
    }

    public async Task<IReadOnlyList<TranscriptLine>> ReadLinesAsync(string ticketId, CancellationToken ct = default) =>
        (await records.ReadAsync<List<TranscriptLine>>(HandoffKeys.Transcript(ticketId), ct))?.Value ?? [];

    public Task AddNoteAsync(string ticketId, TicketNote note, CancellationToken ct = default) =>
        records.UpdateAsync<List<TicketNote>>(HandoffKeys.Notes(ticketId), notes => [.. notes ?? [], note], ct);

    public async Task<IReadOnlyList<TicketNote>> ReadNotesAsync(string ticketId, CancellationToken ct = default) =>
        (await records.ReadAsync<List<TicketNote>>(HandoffKeys.Notes(ticketId), ct))?.Value ?? [];
}
