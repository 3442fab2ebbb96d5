using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Rendering;

/// <summary>
/// Addresses an outgoing activity from the inbound one, as PROTOCOL §1.7 describes: same channel and
/// conversation, from = the bot, recipient = the person, replyToId = the inbound id.
/// </summary>
public static class ReplyAddressing
{
    public static Activity AddressedFrom(this Activity reply, Activity inbound)
    {
        reply.ChannelId = inbound.ChannelId;
        reply.ServiceUrl = inbound.ServiceUrl;
        reply.Conversation = inbound.Conversation is { } c
            ? new ConversationAccount { Id = c.Id, Name = c.Name, IsGroup = c.IsGroup, TenantId = c.TenantId }
            : null;
        reply.From = inbound.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" } : null;
        reply.Recipient = inbound.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId } : null;
        // The SDK leaves replyToId unset for conversationUpdate on Direct Line/Web Chat (PROTOCOL §1.7).
        var isDirectLineUpdate = inbound.Type == ActivityTypes.ConversationUpdate
            && inbound.ChannelId is ChannelIds.DirectLine or ChannelIds.WebChat;
        reply.ReplyToId = isDirectLineUpdate ? null : inbound.Id;
        reply.Locale ??= inbound.Locale;
        return reply;
    }
}
