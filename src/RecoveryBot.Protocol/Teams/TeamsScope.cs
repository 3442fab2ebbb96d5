using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Protocol.Teams;

/// <summary>Where a Teams conversation happens (PROTOCOL §5.1, §5.3).</summary>
public enum TeamsConversationScope
{
    Unknown,
    Personal,
    GroupChat,
    Channel,
}

public static class TeamsScope
{
    /// <summary>
    /// From <c>conversation.conversationType</c>; when a channel leaves it out, a <c>channelData.team</c> means a
    /// channel, <c>isGroup</c> a group chat, and <c>isGroup: false</c> a personal chat.
    /// </summary>
    public static TeamsConversationScope Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        switch (conversation?.ConversationType?.ToLowerInvariant())
        {
            case "personal": return TeamsConversationScope.Personal;
            case "groupchat": return TeamsConversationScope.GroupChat;
            case "channel": return TeamsConversationScope.Channel;
        }

        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("team", out var team)
            && team.ValueKind == JsonValueKind.Object)
        {
            return TeamsConversationScope.Channel;
        }

        return conversation?.IsGroup switch
        {
            true => TeamsConversationScope.GroupChat,
            false => TeamsConversationScope.Personal,
            null => TeamsConversationScope.Unknown,
        };
    }
}
