using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;

namespace RecoveryBot.Host.Outbound;

/// <summary>
/// Sends a turn's replies through the Bot Connector (PROTOCOL §3.4), in order per conversation: a typing
/// indicator first (Teams shows it while the replies travel), then each reply — as a reply to the person's
/// message when it has an id, else to the conversation. The Connector client retries throttling itself.
/// </summary>
public sealed partial class ConnectorReplySender(IConnectorClient connector, OrderedWorkQueue queue, ILogger<ConnectorReplySender> logger)
    : IReplySender
{
    public void Enqueue(Activity inbound, IReadOnlyList<Activity> replies)
    {
        if (inbound.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            LogNoServiceUrl(logger, inbound.ChannelId, inbound.Conversation?.Id);
            return;
        }

        var conversationId = inbound.Conversation!.Id!;
        _ = queue.Enqueue($"{inbound.ChannelId}:{conversationId}", async () =>
        {
            if (inbound.Type == ActivityTypes.Message)
            {
                await SendOneAsync(serviceUrl, conversationId, Typing(replies[0]));
            }
            foreach (var reply in replies)
            {
                await SendOneAsync(serviceUrl, conversationId, reply);
            }
        });
    }

    private async Task SendOneAsync(string serviceUrl, string conversationId, Activity activity)
    {
        try
        {
            if (activity.ReplyToId is { Length: > 0 } replyToId)
            {
                await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity);
            }
            else
            {
                await connector.SendToConversationAsync(serviceUrl, conversationId, activity);
            }
        }
        catch (Exception ex)
        {
            LogSendFailed(logger, ex, activity.ChannelId, conversationId, activity.Type);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector send failed on {ChannelId}/{ConversationId} ({Type})")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, string? channelId, string conversationId, string? type);
}
