using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Rendering;

/// <summary>
/// The one place that turns engine replies into channel activities (ARCHITECTURE §3). Teams gets the Teams-safe
/// forms (PROTOCOL §5.6: suggested actions only in 1:1, imBack, ≤ 3, else an Adaptive Card 1.5); every other
/// channel gets suggested actions plus a hero card of contacts, and a content-id entity for tests and analytics.
/// </summary>
public sealed class ReplyRenderer
{
    public const string ContentEntityType = "recoverybot.content";
    private const int TeamsSuggestedActionLimit = 3;

    public List<Activity> Render(IReadOnlyList<Reply> replies, Activity inbound)
    {
        var activities = new List<Activity>(replies.Count);
        for (var i = 0; i < replies.Count; i++)
        {
            var activity = inbound.ChannelId == ChannelIds.Teams ? ForTeams(replies[i], inbound) : ForOthers(replies[i]);
            activity.InputHint = i == replies.Count - 1 && replies[i].Choices.Count > 0 ? "expectingInput" : "acceptingInput";
            activities.Add(activity.AddressedFrom(inbound));
        }
        return activities;
    }

    private static Activity ForOthers(Reply reply)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            TextFormat = "markdown",
            Entities = [new Entity { Type = ContentEntityType, ContentId = reply.ContentId }],
        };
        if (reply.Choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = reply.Choices.Select(CardActions.ImBack).ToList() };
        }
        if (reply.Links.Count > 0)
        {
            activity.Attachments = [CardAttachments.HeroCardOfLinks(reply.Links)];
        }
        return activity;
    }

    private static Activity ForTeams(Reply reply, Activity inbound)
    {
        var personal = inbound.Conversation?.ConversationType is null or "personal";
        if (reply.Links.Count == 0 && (reply.Choices.Count == 0 || (personal && reply.Choices.Count <= TeamsSuggestedActionLimit)))
        {
            var plain = new Activity { Type = ActivityTypes.Message, Text = reply.Text, TextFormat = "markdown" };
            if (reply.Choices.Count > 0)
            {
                plain.SuggestedActions = new SuggestedActions { Actions = reply.Choices.Select(CardActions.ImBack).ToList() };
            }
            return plain;
        }

        // Text and card in one activity make Teams split them in two (PROTOCOL §5.5), so the text goes in the card.
        return new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [CardAttachments.AdaptiveCard(reply)],
        };
    }
}
