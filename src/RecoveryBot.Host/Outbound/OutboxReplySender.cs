using Microsoft.Extensions.Options;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;
using RecoveryBot.Storage.Outbox;

namespace RecoveryBot.Host.Outbound;

/// <summary>
/// Connector replies through the outbox (issue 7 §4): the turn's replies are stored before the channel gets its
/// 200, then delivered in order per conversation by <see cref="OutboxDelivery"/>. If this instance dies, the
/// <see cref="OutboxSweeper"/> of any instance (or of this one after a restart) delivers what is left.
/// The typing indicator goes first, best-effort and unstored (it means nothing a minute later).
/// </summary>
public sealed partial class OutboxReplySender(
    IOutboxStore outbox,
    OutboxDelivery delivery,
    IConnectorClient connector,
    OrderedWorkQueue queue,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxReplySender> logger) : IReplySender
{
    public void Enqueue(Activity inbound, IReadOnlyList<Activity> replies) =>
        _ = EnqueueAsync(inbound, replies, CancellationToken.None);

    public async Task EnqueueAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken ct)
    {
        if (inbound.ServiceUrl is not { Length: > 0 } serviceUrl || inbound.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            LogNoServiceUrl(logger, inbound.ChannelId, inbound.Conversation?.Id);
            return;
        }
        if (replies.Count == 0) return;

        var queueKey = QueueKey(inbound.ChannelId, conversationId);
        var payloads = replies.Select(r => new OutboxEnvelope(serviceUrl, conversationId, r).ToBytes()).ToList();
        var now = clock.GetUtcNow();
        IReadOnlyList<long> ids;
        try
        {
            ids = await outbox.AddAsync(queueKey, payloads, now + options.Value.Lease, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Storage is down: still deliver from memory (with retries) rather than not at all.
            LogNotStored(logger, ex, queueKey);
            ids = [.. payloads.Select(_ => 0L)];
        }
        var items = ids.Select((id, i) => new OutboxItem(id, queueKey, payloads[i], 0, now)).ToList();
        delivery.Track(items.Where(i => i.Id > 0));
        var typing = inbound.Type == ActivityTypes.Message ? Typing(replies[0]) : null;
        _ = queue.Enqueue(queueKey, async () =>
        {
            if (typing is not null) await SendTypingAsync(serviceUrl, conversationId, typing);
            await delivery.DeliverAsync(items, lifetime.ApplicationStopping);
        });
    }

    public static string QueueKey(string? channelId, string conversationId) => $"{channelId}:{conversationId}";

    private async Task SendTypingAsync(string serviceUrl, string conversationId, Activity typing)
    {
        try
        {
            await connector.SendToConversationAsync(serviceUrl, conversationId, typing);
        }
        catch (Exception ex)
        {
            LogTypingFailed(logger, ex.GetType().Name, typing.ChannelId, conversationId);
        }
    }

    private static Activity Typing(Activity like) => new()
    {
        Type = ActivityTypes.Typing,
        ChannelId = like.ChannelId,
        Conversation = like.Conversation,
        From = like.From,
        Recipient = like.Recipient,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "No serviceUrl on {ChannelId}/{ConversationId}: replies cannot be delivered")]
    private static partial void LogNoServiceUrl(ILogger logger, string? channelId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox write failed for {QueueKey}; delivering from memory")]
    private static partial void LogNotStored(ILogger logger, Exception ex, string queueKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing indicator failed ({Error}) on {ChannelId}/{ConversationId}")]
    private static partial void LogTypingFailed(ILogger logger, string error, string? channelId, string conversationId);
}
