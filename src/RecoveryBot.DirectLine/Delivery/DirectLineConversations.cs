using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RecoveryBot.DirectLine.Bot;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Delivery;

public enum PostOutcome { Accepted, BotFailed }

public sealed record PostResult(PostOutcome Outcome, string ActivityId);

/// <summary>
/// The Direct Line delivery path (PROTOCOL §4.4): stamp → append (stored before acknowledged) → push the echo →
/// one bot turn → append + push the replies. Posts of one conversation run one at a time.
/// </summary>
public sealed class DirectLineConversations(
    ConversationLog log,
    IConversationFeed feed,
    ConversationLocks locks,
    ActivityStamper stamper,
    RetriedPosts retried,
    IDirectLineBot bot,
    TimeProvider clock,
    ILogger<DirectLineConversations> logger)
{
    private const int KnownCap = 100_000;
    private readonly ConcurrentDictionary<string, byte> _started = new(StringComparer.Ordinal);

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken ct) =>
        _started.ContainsKey(conversationId) || await log.ExistsAsync(conversationId, ct);

    /// <summary>Starts the conversation if needed: logs a conversationUpdate (never shown to clients) and lets the
    /// bot answer it. Returns true when this call started it (201 vs 200).</summary>
    public async Task<bool> EnsureStartedAsync(string conversationId, string? userId, string serviceUrl, CancellationToken ct)
    {
        if (_started.ContainsKey(conversationId))
            return false;
        using (await locks.AcquireAsync(conversationId, ct))
        {
            if (await ExistsAsync(conversationId, ct))
            {
                Remember(conversationId);
                return false;
            }
            var update = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [stamper.Bot] };
            if (userId is not null)
                update.MembersAdded.Add(new ChannelAccount { Id = userId, Role = "user" });
            stamper.StampInbound(update, conversationId, userId ?? "", serviceUrl, clock.GetUtcNow());
            if (userId is null)
                update.From = null;
            await AppendAndTurnAsync(conversationId, update, ct); // throws when not stored: not remembered, retried next time
            Remember(conversationId);
            logger.LogInformation("Direct Line conversation {ConversationId} started", conversationId);
            return true;
        }
    }

    public async Task<PostResult> PostAsync(string conversationId, Activity activity, string userId, string serviceUrl, CancellationToken ct)
    {
        await EnsureStartedAsync(conversationId, userId, serviceUrl, ct);
        using (await locks.AcquireAsync(conversationId, ct))
        {
            stamper.StampInbound(activity, conversationId, userId, serviceUrl, clock.GetUtcNow());
            if (await retried.FindAsync(conversationId, activity, ct) is { } stored)
                return await ResumeAsync(conversationId, activity, stored);
            return await AppendAndTurnAsync(conversationId, activity, ct);
        }
    }

    /// <summary>
    /// A post sent again after it got no answer (<see cref="RetriedPosts"/>): not stored again. The turn runs again
    /// under the first attempt's id — the turn pipeline recognises a turn it already saved and only repeats its
    /// replies — and only the replies the log does not hold yet are stored.
    /// </summary>
    private async Task<PostResult> ResumeAsync(string conversationId, Activity activity, StoredPost stored)
    {
        activity.Id = stored.Id;
        activity.Timestamp = stored.Timestamp ?? activity.Timestamp;
        logger.LogInformation("Direct Line activity {ActivityId} posted again; {Stored} replies already stored", stored.Id, stored.StoredReplies);
        // The first attempt may have stored entries and died before its signal went out: sockets elsewhere would
        // wait for a wake-up that never comes. Announce the log's end again.
        await feed.PublishAsync(new ConversationSignal(conversationId, stored.LogEnd), CancellationToken.None);
        IReadOnlyList<Activity> replies;
        try
        {
            replies = await bot.ProcessAsync(activity, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Bot failed on Direct Line activity {ActivityId}", activity.Id);
            return new PostResult(PostOutcome.BotFailed, stored.Id);
        }
        // Typing is stale by now; of the stored kinds, skip as many as the log already holds (same order each time).
        var missing = replies.Where(r => r.Type != ActivityTypes.Typing).Skip(stored.StoredReplies).ToList();
        await DeliverRepliesAsync(conversationId, activity, stored.Watermark, missing);
        return new PostResult(PostOutcome.Accepted, stored.Id);
    }

    /// <summary>
    /// The person is typing: never stored or echoed (PROTOCOL §4.5), but the bot hears it, so a human responder
    /// holding the conversation sees "typing…". Replies to it are ignored; failures only logged.
    /// </summary>
    public async Task NoteTypingAsync(string conversationId, Activity activity, string userId, string serviceUrl)
    {
        if (!_started.ContainsKey(conversationId))
            return;
        stamper.StampInbound(activity, conversationId, userId, serviceUrl, clock.GetUtcNow());
        try
        {
            await bot.ProcessAsync(activity, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Bot failed on a typing activity in {ConversationId}", conversationId);
        }
    }

    /// <summary>
    /// Bot-initiated activities (a responder's message, a handoff notice): stored and pushed like replies, in order
    /// with the conversation's posts. Typing goes to sockets only.
    /// </summary>
    public async Task SendProactiveAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        using (await locks.AcquireAsync(conversationId, ct))
        {
            var stored = new List<Activity>(activities.Count);
            var next = clock.GetUtcNow();
            foreach (var activity in activities)
            {
                activity.Id = null;
                activity.Timestamp = ActivityStamper.Format(next);
                next = next.AddMilliseconds(1);
                activity.Conversation = new ConversationAccount { Id = conversationId };
                activity.From ??= stamper.Bot;
                if (activity.Type == ActivityTypes.Typing)
                {
                    await FlushAsync(conversationId, stored);
                    await feed.PublishAsync(new ConversationSignal(conversationId, ConversationSignal.Now, ActivityJson.ToStoredBytes(activity)));
                }
                else
                {
                    stored.Add(activity);
                }
            }
            await FlushAsync(conversationId, stored);
        }
    }

    private async Task<PostResult> AppendAndTurnAsync(string conversationId, Activity inbound, CancellationToken ct)
    {
        // Not stored means not acknowledged: a failure here reaches StorageFailureFilter (503 + Retry-After) and the
        // client, which still holds the message, sends it again.
        var watermark = (await log.AppendAsync(conversationId, [inbound], ct))[0];
        inbound.Id = ConversationIds.ActivityId(conversationId, watermark);
        await feed.PublishAsync(new ConversationSignal(conversationId, watermark), ct);

        IReadOnlyList<Activity> replies;
        try
        {
            // The stored echo is already safe; the turn must finish even if the client goes away.
            replies = await bot.ProcessAsync(inbound, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Bot failed on Direct Line activity {ActivityId}", inbound.Id);
            return new PostResult(PostOutcome.BotFailed, inbound.Id);
        }
        await DeliverRepliesAsync(conversationId, inbound, watermark, replies);
        return new PostResult(PostOutcome.Accepted, inbound.Id);
    }

    private async Task DeliverRepliesAsync(string conversationId, Activity inbound, long watermark, IReadOnlyList<Activity> replies)
    {
        if (replies.Count == 0)
            return;
        // Strictly later than the echo, one millisecond apart: Web Chat orders by timestamp (PROTOCOL §4.5).
        var echoTime = DateTimeOffset.Parse(inbound.Timestamp!, System.Globalization.CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow();
        var next = now > echoTime ? now : echoTime.AddMilliseconds(1);
        var stored = new List<Activity>(replies.Count);
        foreach (var reply in replies)
        {
            stamper.StampReply(reply, inbound, next);
            next = next.AddMilliseconds(1);
            if (reply.Type == ActivityTypes.Typing)
            {
                // Typing goes over the socket only, never into the log (PROTOCOL §4.5).
                watermark = await FlushAsync(conversationId, stored) ?? watermark;
                await feed.PublishAsync(new ConversationSignal(conversationId, watermark, ActivityJson.ToStoredBytes(reply)));
            }
            else
                stored.Add(reply);
        }
        try
        {
            await FlushAsync(conversationId, stored);
        }
        catch (Exception ex)
        {
            // The person's message is stored and the turn ran, but its replies cannot be stored (storage full or
            // down). They may be crisis resources: push them to the open sockets now rather than lose them; only
            // the history on a later reload misses them.
            logger.LogError(ex, "Replies to {ActivityId} not stored; pushed to open sockets only", inbound.Id);
            foreach (var reply in stored)
                await feed.PublishAsync(new ConversationSignal(conversationId, ConversationSignal.Now, ActivityJson.ToStoredBytes(reply)));
        }
    }

    private async Task<long?> FlushAsync(string conversationId, List<Activity> stored)
    {
        if (stored.Count == 0)
            return null;
        var marks = await log.AppendAsync(conversationId, stored, CancellationToken.None);
        stored.Clear();
        await feed.PublishAsync(new ConversationSignal(conversationId, marks[^1]));
        return marks[^1];
    }

    private void Remember(string conversationId)
    {
        if (_started.Count > KnownCap)
            _started.Clear();
        _started.TryAdd(conversationId, 0);
    }
}
