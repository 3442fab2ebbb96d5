using System.Text.Json;
using Microsoft.Extensions.Logging;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Storage.Privacy;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// The Direct Line view of <see cref="IActivityLog"/>: whatever log is registered (resolved lazily, so the order of
/// registrations does not matter), else the in-memory fallback. Reading drops what clients never receive
/// (<c>conversationUpdate</c>, PROTOCOL §4.4) but still advances the watermark past it.
/// </summary>
public sealed class ConversationLog
{
    public const int PageSize = 200;
    private readonly IActivityLog _log;
    private readonly IServiceProvider _services;

    public ConversationLog(IServiceProvider services, ILogger<ConversationLog> logger)
    {
        _services = services;
        if (services.GetService(typeof(IActivityLog)) is IActivityLog registered)
            _log = registered;
        else
        {
            logger.LogWarning("No IActivityLog registered: Direct Line conversations are kept in memory only");
            _log = new InMemoryActivityLog();
        }
    }

    /// <summary>Stores the activities; the person's own message text is stored redacted (<see cref="StoredActivityRedaction"/>).</summary>
    public async Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        // Resolved per call: the redactor is registered by the host after AddDirectLine, and is optional.
        var redactor = _services.GetService(typeof(ITextRedactor)) as ITextRedactor;
        var stored = new byte[activities.Count][];
        for (var i = 0; i < activities.Count; i++)
            stored[i] = await StoredActivityRedaction.ToStoredBytesAsync(activities[i], redactor, ct);
        return await _log.AppendAsync(conversationId, stored, ct);
    }

    /// <summary>The text of <paramref name="activity"/> as it is stored (redacted when it is the person's).</summary>
    public ValueTask<string?> StoredTextAsync(Activity activity, CancellationToken ct) =>
        StoredActivityRedaction.StoredTextAsync(activity, _services.GetService(typeof(ITextRedactor)) as ITextRedactor, ct);

    /// <summary>The newest entries, oldest first (where a retried post is looked for).</summary>
    public Task<IReadOnlyList<LoggedActivity>> ReadLastAsync(string conversationId, int max, CancellationToken ct) =>
        _log.ReadLastAsync(conversationId, max, ct);

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken ct) =>
        (await _log.ReadAfterAsync(conversationId, 0, 1, ct)).Count > 0;

    public Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken ct) =>
        _log.ReadAfterAsync(conversationId, watermark, PageSize, ct);

    /// <summary>Writes an ActivitySet <c>{"activities":[…],"watermark":"n"}</c> (PROTOCOL §4.5).</summary>
    public static byte[] ToActivitySet(string conversationId, IReadOnlyList<LoggedActivity> entries, long watermark, byte[]? ephemeral = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var entry in entries)
            {
                if (ActivityJson.ReadType(entry.Json) is ActivityTypes.ConversationUpdate)
                    continue;
                ActivityJson.WriteWithId(writer, entry.Json, ConversationIds.ActivityId(conversationId, entry.Watermark));
            }
            if (ephemeral is not null)
                writer.WriteRawValue(ephemeral, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
