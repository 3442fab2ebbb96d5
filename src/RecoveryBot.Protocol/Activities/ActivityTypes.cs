namespace RecoveryBot.Protocol.Activities;

/// <summary>Activity type names (PROTOCOL §1.2); compared ordinally (A2011).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string MessageReaction = "messageReaction";
}
