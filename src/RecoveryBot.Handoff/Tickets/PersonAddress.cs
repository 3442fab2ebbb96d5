using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Tickets;

/// <summary>
/// Where the person is: enough to message their own chat later (PROTOCOL §1.4). Never holds a Direct Line token,
/// so nothing a responder can see lets them act as the person.
/// </summary>
public sealed record PersonAddress(string ChannelId, string ConversationId, string ServiceUrl, string UserId, string Locale)
{
    public string? BotId { get; init; }
    public string? TenantId { get; init; }

    public ConversationReference ToConversationReference() => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
        User = new ChannelAccount { Id = UserId, Role = "user" },
        Bot = BotId is null ? null : new ChannelAccount { Id = BotId, Role = "bot" },
        Conversation = new ConversationAccount { Id = ConversationId, TenantId = TenantId },
    };
}
