using System.Text.Json;
using RecoveryBot.Handoff.Redaction;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Cli.Transcripts;

/// <summary>One line of the exported Direct Line history. <see cref="Text"/> is redacted.</summary>
public sealed record ExportedActivity(long Watermark, string? At, string Role, string? Name, string Text, string? ContentId);

/// <summary>One handoff ticket of the conversation with its redacted transcript (private notes are not exported).</summary>
public sealed record ExportedHandoff(string TicketId, string State, string Risk, string? Category, DateTimeOffset RequestedAt,
    DateTimeOffset? ClosedAt, string? ClaimedByName, IReadOnlyList<TranscriptLine> Transcript);

/// <summary>The export document for a clinical review (issue 7): ids, times and redacted text, nothing else.</summary>
public sealed record ExportedConversation(string ConversationId, DateTimeOffset ExportedAt, IReadOnlyList<ExportedActivity> DirectLine,
    IReadOnlyList<ExportedHandoff> Handoffs);

/// <summary>
/// Gathers one conversation's redacted transcript from the Direct Line log and the handoff transcripts. The
/// person's messages are already stored redacted; they pass <see cref="Redactor"/> once more here so rows written
/// before redaction-on-store existed cannot leak (redaction is idempotent: its placeholders match no pattern).
/// </summary>
public sealed class TranscriptExport(IActivityLog activityLog, TicketRepository tickets, TranscriptStore transcripts)
{
    public async Task<ExportedConversation> BuildAsync(string conversationId, DateTimeOffset now, CancellationToken ct)
    {
        var activities = new List<ExportedActivity>();
        long watermark = 0;
        while (true)
        {
            var page = await activityLog.ReadAfterAsync(conversationId, watermark, 500, ct);
            if (page.Count == 0) break;
            foreach (var entry in page)
            {
                if (Read(entry) is { } exported) activities.Add(exported);
            }
            watermark = page[^1].Watermark;
        }

        var ids = new List<string>(await tickets.ListIdsForConversationAsync(conversationId, ct));
        if (await tickets.GetActiveForConversationAsync(conversationId, ct) is { } active && !ids.Contains(active.Id))
            ids.Add(active.Id);
        var handoffs = new List<ExportedHandoff>();
        foreach (var id in ids)
        {
            if (await tickets.GetAsync(id, ct) is not { } ticket) continue;
            var lines = (await transcripts.ReadLinesAsync(id, ct)).Select(l => l with { Text = Redactor.Redact(l.Text) }).ToList();
            handoffs.Add(new ExportedHandoff(ticket.Id, ticket.State.ToString(), ticket.Risk.ToString(), ticket.Category,
                ticket.RequestedAt, ticket.ClosedAt, ticket.ClaimedByName, lines));
        }
        return new ExportedConversation(conversationId, now, activities, handoffs);
    }

    private static ExportedActivity? Read(LoggedActivity entry)
    {
        using var doc = JsonDocument.Parse(entry.Json);
        var root = doc.RootElement;
        if (String(root, "type") != "message") return null;
        var role = root.TryGetProperty("from", out var from) ? String(from, "role") ?? "user" : "user";
        var text = String(root, "text") ?? "";
        string? contentId = null;
        if (root.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
            contentId = entities.EnumerateArray().Select(e => String(e, "contentId")).FirstOrDefault(c => c is not null);
        return new ExportedActivity(entry.Watermark, String(root, "timestamp"), role,
            role == "user" ? null : from.ValueKind == JsonValueKind.Object ? String(from, "name") : null,
            role == "user" ? Redactor.Redact(text) : text, contentId);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;
}
