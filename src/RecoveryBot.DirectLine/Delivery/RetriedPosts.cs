using System.Text.Json;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Delivery;

/// <summary>A post already in the log: its echo's id, watermark and timestamp, how many replies to it are stored, and the log's end.</summary>
public sealed record StoredPost(string Id, long Watermark, string? Timestamp, int StoredReplies, long LogEnd);

/// <summary>
/// Recognises a post the client sends again because it got no HTTP answer (the instance died, the network cut the
/// response): same sender, type, <c>channelData.clientActivityID</c> — random per activity in Web Chat (PROTOCOL
/// §4.4) — and text. Without this a retry is stored twice and, if the first attempt's turn had already run, the
/// dialog moves on twice (issue 7, "no message lost": and none doubled). Only the newest entries are searched: a
/// client retries what it just sent. A reused id with other text is a new message, never swallowed.
/// </summary>
public sealed class RetriedPosts(ConversationLog log)
{
    /// <summary>How far back a retry is looked for: a turn stores an echo and a handful of replies.</summary>
    public const int LookBack = 64;

    public static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <param name="activity">The post, already stamped (sender and role set as they would be stored).</param>
    public async Task<StoredPost?> FindAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        if (ClientActivityId(activity) is not { Length: > 0 } clientId)
            return null;
        var tail = await log.ReadLastAsync(conversationId, LookBack, ct);
        // Cheap filter first: only entries whose bytes hold the id as a JSON string are parsed (an id written with
        // other escapes is missed, and the retry is then stored as new: doubled, never lost).
        var needle = JsonSerializer.SerializeToUtf8Bytes(clientId, ActivityIdJson.Default.String);
        for (var i = tail.Count - 1; i >= 0; i--)
        {
            if (tail[i].Json.AsSpan().IndexOf(needle) < 0)
                continue;
            var stored = JsonSerializer.Deserialize(tail[i].Json, ProtocolJson.Context.Activity);
            if (stored is null || stored.Type != activity.Type || stored.From?.Id != activity.From?.Id || ClientActivityId(stored) != clientId)
                continue;
            if (stored.Text != await log.StoredTextAsync(activity, ct))
                return null; // the same id for a different message: a client bug, but the message must not be lost
            var id = ConversationIds.ActivityId(conversationId, tail[i].Watermark);
            var replies = 0;
            for (var j = i + 1; j < tail.Count; j++)
            {
                if (ReplyToId(tail[j].Json) == id)
                    replies++;
            }
            return new StoredPost(id, tail[i].Watermark, stored.Timestamp, replies, tail[^1].Watermark);
        }
        return null;
    }

    private static string? ReplyToId(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("replyToId", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
    }
}
