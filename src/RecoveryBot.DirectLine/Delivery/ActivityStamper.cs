using System.Globalization;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Delivery;

/// <summary>
/// What the channel writes on every activity (PROTOCOL §1.3, §4.4): channelId, conversation, UTC timestamp,
/// sender/recipient. The client may not choose its own id, timestamp, serviceUrl or sender.
/// </summary>
public sealed class ActivityStamper(IOptions<DirectLineOptions> options)
{
    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    public void StampInbound(Activity activity, string conversationId, string userId, string serviceUrl, DateTimeOffset now)
    {
        activity.Id = null;
        activity.Timestamp = Format(now);
        activity.ChannelId = options.Value.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = Bot;
        var name = activity.From?.Name;
        // Anti-impersonation (PROTOCOL §4.3): the id comes from the token, never from the body.
        activity.From = new ChannelAccount { Id = userId, Name = name, Role = "user" };
    }

    /// <summary>Bot replies: the bot is the sender unless it says otherwise; always this conversation and channel.</summary>
    public void StampReply(Activity reply, Activity inbound, DateTimeOffset timestamp)
    {
        reply.Id = null;
        reply.Timestamp = Format(timestamp);
        reply.ChannelId = options.Value.ChannelId;
        reply.ServiceUrl = null;
        reply.Conversation = new ConversationAccount { Id = inbound.Conversation!.Id };
        reply.From ??= Bot;
        reply.From.Role ??= "bot";
        reply.Recipient = inbound.From;
        if (inbound.Id is not null && inbound.Type != ActivityTypes.ConversationUpdate)
            reply.ReplyToId ??= inbound.Id;
    }

    // ISO 8601 UTC with "Z" and milliseconds (A2043); Web Chat orders by it (PROTOCOL §4.5).
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
