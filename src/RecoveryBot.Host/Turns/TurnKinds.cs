using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

public enum TurnKind
{
    Ignored,
    ConversationStarted,
    Message,
}

/// <summary>Which inbound activities start a turn (PROTOCOL §1.2, §4.4, §5.2); everything else is acknowledged and ignored (A2014).</summary>
public static class TurnKinds
{
    public const string WebChatJoinEvent = "webchat/join";

    public static TurnKind Classify(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => TurnKind.Message,
        // Web Chat greets on its join event, which carries the language; its conversationUpdate would greet too early.
        ActivityTypes.ConversationUpdate when BotWasAdded(activity) && !IsWebChat(activity) => TurnKind.ConversationStarted,
        ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => TurnKind.ConversationStarted,
        ActivityTypes.Event when activity.Name == WebChatJoinEvent => TurnKind.ConversationStarted,
        _ => TurnKind.Ignored,
    };

    private static bool IsWebChat(Activity activity) => activity.ChannelId is "directline" or "webchat";

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded is { } added && activity.Recipient?.Id is { } botId && added.Exists(m => m.Id == botId);

    /// <summary>The language Web Chat reports in the join event's value (<c>{"language": "es-ES"}</c>).</summary>
    public static string? JoinLanguage(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("language", out var language) && language.ValueKind == JsonValueKind.String
            ? language.GetString()
            : null;
}
