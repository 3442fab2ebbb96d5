using System.Text.Json;
using Microsoft.Extensions.Options;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Rendering;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;

namespace RecoveryBot.Host.Handoffs;

/// <summary>
/// The person's own chat, for messages that no turn of theirs asked for: handoff notices, a responder's words
/// and typing. Web Chat conversations get them in their Direct Line log; every other channel through the
/// Connector with the stored conversation reference.
/// Direct Line is resolved on first use: it needs the turn pipeline, which needs the handoff service, which needs
/// this channel — resolving it in the constructor is a dependency cycle and the host would not start.
/// </summary>
public sealed class PersonChannel(
    IContentCatalog catalog,
    IDialogEngine engine,
    ReplyRenderer renderer,
    IServiceProvider services,
    IConnectorClient connector,
    IOptions<DirectLineOptions> directLineOptions) : IPersonChannel
{
    public const string ResponderEntityType = "recoverybot.responder";

    private DirectLineConversations DirectLine => services.GetRequiredService<DirectLineConversations>();

    public Task SendNoticeAsync(PersonAddress person, PersonNotice notice, CancellationToken cancellationToken)
    {
        var replies = new List<Reply> { catalog.Message(notice.ContentId, person.Locale, notice.Arguments) };
        if (notice.ShowCrisisContacts)
        {
            replies.AddRange(engine.Fallback(FallbackKind.Crisis, person.Locale, notice.CrisisCategory));
        }
        return DeliverAsync(person, renderer.Render(replies, Pseudo(person)), cancellationToken);
    }

    public Task SendResponderMessageAsync(PersonAddress person, string responderDisplayName, string text, CancellationToken cancellationToken)
    {
        var message = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }.AddressedFrom(Pseudo(person));
        message.From = new ChannelAccount { Id = message.From?.Id, Name = responderDisplayName, Role = "bot" };
        // Marks a human's words: the web widget shows the responder's name under each of them.
        message.Entities = [new Entity { Type = ResponderEntityType }];
        message.ReplyToId = null;
        return DeliverAsync(person, [message], cancellationToken);
    }

    public Task SendResponderTypingAsync(PersonAddress person, string responderDisplayName, CancellationToken cancellationToken)
    {
        var typing = new Activity { Type = ActivityTypes.Typing }.AddressedFrom(Pseudo(person));
        typing.From = new ChannelAccount { Id = typing.From?.Id, Name = responderDisplayName, Role = "bot" };
        typing.ReplyToId = null;
        return DeliverAsync(person, [typing], cancellationToken);
    }

    public Task SendEventAsync(PersonAddress person, Activity eventActivity, CancellationToken cancellationToken) =>
        DeliverAsync(person, [eventActivity], cancellationToken);

    private async Task DeliverAsync(PersonAddress person, IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        if (person.ChannelId == directLineOptions.Value.ChannelId)
        {
            await DirectLine.SendProactiveAsync(person.ConversationId, activities, ct);
            return;
        }
        foreach (var activity in activities)
        {
            await connector.SendToConversationAsync(person.ServiceUrl, person.ConversationId, activity, ct);
        }
    }

    /// <summary>An inbound-shaped activity from the stored address, so replies are addressed as in a turn.</summary>
    private static Activity Pseudo(PersonAddress person) => new()
    {
        Type = ActivityTypes.Event,
        ChannelId = person.ChannelId,
        ServiceUrl = person.ServiceUrl,
        Locale = person.Locale,
        Conversation = new ConversationAccount { Id = person.ConversationId, TenantId = person.TenantId },
        From = new ChannelAccount { Id = person.UserId },
        Recipient = new ChannelAccount { Id = person.BotId ?? "bot" },
    };
}
