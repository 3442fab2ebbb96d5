using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Protocol.Teams;

/// <summary>Builds the create-conversation body that starts a new thread in a Teams channel (PROTOCOL §5.7).</summary>
public static class TeamsChannelPost
{
    /// <summary>
    /// <c>{ isGroup: true, channelData: { channel: { id }, tenant: { id } [, notification: { alert: true }] }, tenantId, activity }</c>.
    /// Send it with <c>IConnectorClient.CreateConversationAsync</c>; the answer's id is the new thread's conversation id.
    /// </summary>
    public static ConversationParameters Create(string channelId, string tenantId, Activity firstMessage, bool alert = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(firstMessage);

        var channelData = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = channelId },
            ["tenant"] = new JsonObject { ["id"] = tenantId },
        };
        if (alert)
        {
            // Raises an activity-feed notification for the channel's members (§5.7).
            channelData["notification"] = new JsonObject { ["alert"] = true };
        }

        return new ConversationParameters
        {
            IsGroup = true,
            TenantId = tenantId,
            ChannelData = JsonSerializer.SerializeToElement(channelData, ProtocolJson.Context.JsonObject),
            Activity = firstMessage,
        };
    }
}
