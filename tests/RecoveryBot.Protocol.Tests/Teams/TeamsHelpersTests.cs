using System.Text.Json;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Teams;
using RecoveryBot.Protocol.Tests.Activities;

namespace RecoveryBot.Protocol.Tests.Teams;

/// <summary>@mention stripping (PROTOCOL §5.4), scope (§5.1/5.3), channel post body (§5.7).</summary>
public sealed class TeamsHelpersTests
{
    private static Activity Payload(string file) =>
        PayloadRoundTripTests.WireBody(file).Deserialize(ProtocolJson.Context.Activity)!;

    private static Entity Mention(string id, string name, string? text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Fact]
    public void PlaygroundChannelMention_BotMentionStripped()
    {
        TeamsMentions.RemoveRecipientMention(Payload("playground-message-channel-mention.json")).ShouldBe("hi channel");
    }

    [Fact]
    public void OtherPeoplesMentions_Kept()
    {
        var activity = new Activity
        {
            Text = "<at>RecoveryBot</at> please tell <AT>Sam</AT> hi <at>RecoveryBot</at>",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [Mention("28:bot", "RecoveryBot", "<at>RecoveryBot</at>"), Mention("29:sam", "Sam", "<at>Sam</at>")],
        };

        TeamsMentions.RemoveRecipientMention(activity).ShouldBe("please tell <AT>Sam</AT> hi");
        activity.Text.ShouldStartWith("<at>RecoveryBot</at>"); // pure
    }

    [Fact]
    public void MentionWithoutText_UsesTheName()
    {
        var activity = new Activity
        {
            Text = "<AT>Recovery Bot</AT> help",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [Mention("28:bot", "Recovery Bot", text: null)],
        };

        TeamsMentions.RemoveRecipientMention(activity).ShouldBe("help");
    }

    [Fact]
    public void MentionMarkupWithRegexCharacters_RemovedLiterally()
    {
        var activity = new Activity
        {
            Text = "<at>Bot (beta)+</at> hi",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [Mention("28:bot", "Bot (beta)+", "<at>Bot (beta)+</at>")],
        };

        TeamsMentions.RemoveRecipientMention(activity).ShouldBe("hi");
    }

    [Fact]
    public void PersonalMessageWithoutMention_OnlyTrimmed()
    {
        TeamsMentions.RemoveRecipientMention(Payload("playground-message-personal.json")).ShouldBe("hello bot");
    }

    [Theory]
    [InlineData("playground-message-personal.json", TeamsConversationScope.Personal)]
    [InlineData("playground-message-channel-mention.json", TeamsConversationScope.Channel)]
    [InlineData("teams-conversationupdate-membersadded.json", TeamsConversationScope.Personal)]
    [InlineData("adaptivecard-action-invoke.json", TeamsConversationScope.Channel)]
    public void Scope_FromConversationType(string file, TeamsConversationScope expected)
    {
        TeamsScope.Of(Payload(file)).ShouldBe(expected);
    }

    [Fact]
    public void Scope_WithoutConversationType_FallsBackToTeamThenIsGroup()
    {
        TeamsScope.Of(new Activity { Conversation = new ConversationAccount { IsGroup = true } }).ShouldBe(TeamsConversationScope.GroupChat);
        TeamsScope.Of(new Activity { Conversation = new ConversationAccount { IsGroup = false } }).ShouldBe(TeamsConversationScope.Personal);
        TeamsScope.Of(new Activity
        {
            Conversation = new ConversationAccount { IsGroup = true },
            ChannelData = JsonDocument.Parse("""{"team":{"id":"19:t"}}""").RootElement,
        }).ShouldBe(TeamsConversationScope.Channel);
        TeamsScope.Of(new Activity()).ShouldBe(TeamsConversationScope.Unknown);
    }

    [Fact]
    public void ChannelPost_MatchesTheSharedPayloadShape()
    {
        var expected = PayloadRoundTripTests.WireBody("teams-channel-alert-create-conversation.json");
        var shared = expected.Deserialize(ProtocolJson.Context.ConversationParameters)!;

        var built = TeamsChannelPost.Create(
            "19:exampleresponderschannel0123456789@thread.tacv2", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", shared.Activity!);

        var json = JsonSerializer.SerializeToNode(built, ProtocolJson.Context.ConversationParameters);
        System.Text.Json.Nodes.JsonNode.DeepEquals(expected, json).ShouldBeTrue(json!.ToJsonString());
    }

    [Fact]
    public void ChannelPostWithAlert_AddsNotification()
    {
        var built = TeamsChannelPost.Create("19:c", "tid", new Activity { Type = "message" }, alert: true);

        built.ChannelData!.Value.GetProperty("notification").GetProperty("alert").GetBoolean().ShouldBeTrue();
    }
}
