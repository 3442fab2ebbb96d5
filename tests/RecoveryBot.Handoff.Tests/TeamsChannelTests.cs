using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Handoff.Words;
using static RecoveryBot.Handoff.Tests.Support.TestWords;

namespace RecoveryBot.Handoff.Tests;

public sealed class TeamsChannelTests
{
    private const string Channel = "19:exampleresponderschannel0123456789@thread.tacv2";
    private const string Tenant = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static HandoffHarness Configured() => new(new()
    {
        ["Handoff:Teams:ChannelId"] = Channel,
        ["Handoff:Teams:TenantId"] = Tenant,
        ["Handoff:Teams:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
    });

    [Fact]
    public async Task NewTicket_PostedAsCreateConversationWithAdaptiveCard15()
    {
        using var h = Configured();
        var ticket = await h.RequestAsync(RiskLevel.Crisis, "overdose");

        var (serviceUrl, body) = h.Teams.Created.ShouldHaveSingleItem();

        serviceUrl.ShouldBe("https://smba.trafficmanager.net/emea/");
        // PROTOCOL §5.7 / payloads/teams-channel-alert-create-conversation.json
        body["isGroup"]!.GetValue<bool>().ShouldBeTrue();
        body["tenantId"]!.GetValue<string>().ShouldBe(Tenant);
        body["channelData"]!["channel"]!["id"]!.GetValue<string>().ShouldBe(Channel);
        body["channelData"]!["tenant"]!["id"]!.GetValue<string>().ShouldBe(Tenant);
        var activity = body["activity"]!;
        activity["type"]!.GetValue<string>().ShouldBe("message");
        activity["text"].ShouldBeNull(); // text + card in one activity makes Teams split it (§5.5)
        var attachment = activity["attachments"]!.AsArray().ShouldHaveSingleItem()!;
        attachment["contentType"]!.GetValue<string>().ShouldBe("application/vnd.microsoft.card.adaptive");
        var card = attachment["content"]!;
        card["type"]!.GetValue<string>().ShouldBe("AdaptiveCard");
        card["version"]!.GetValue<string>().ShouldBe("1.5");
        var facts = card["body"]![1]!["facts"]!.AsArray().ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        facts[W(StaffWordIds.Risk)].ShouldBe(W(StaffWordIds.RiskCrisis));
        facts[W(StaffWordIds.Category)].ShouldBe("overdose");
        facts[W(StaffWordIds.Status)].ShouldBe(W(StaffWordIds.CardWaiting));
        var claim = card["actions"]!.AsArray().ShouldHaveSingleItem()!;
        claim["type"]!.GetValue<string>().ShouldBe("Action.Submit");
        claim["data"]!["action"]!.GetValue<string>().ShouldBe("claim");
        claim["data"]!["ticketId"]!.GetValue<string>().ShouldBe(ticket.Id);
    }

    [Fact]
    public async Task ClaimedInConsoleWhileCardIsPosted_CardUpdatedToClaimedOnceIdsAreKnown()
    {
        using var h = Configured();
        h.Teams.WhilePosting = async body =>
        {
            var id = body["activity"]!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["ticketId"]!.GetValue<string>();
            (await h.Service.ClaimAsync(id, new ResponderIdentity("kim", "Kim Console", ResponderRole.Responder))).Succeeded.ShouldBeTrue();
        };

        var ticket = await h.RequestAsync(RiskLevel.Crisis);

        var stored = (await h.Service.GetAsync(ticket.Id))!;
        var update = h.Teams.Updated.ShouldHaveSingleItem();
        update.ConversationId.ShouldBe(stored.TeamsThreadId);
        update.ActivityId.ShouldBe(stored.TeamsCardActivityId);
        CardStatus(update.Activity).ShouldBe(W(StaffWordIds.CardClaimed, ("name", "Kim Console"), ("time", "09:00 UTC")));
    }

    [Fact]
    public async Task ClaimFromCardThenThreadReplyThenEnd_RelayedAndCardUpdated()
    {
        using var h = Configured();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        var thread = (await h.Service.GetAsync(ticket.Id))!.TeamsThreadId!;

        var claimed = await h.TeamsHandler.HandleAsync(Inbound(thread, null, new JsonObject { ["action"] = "claim", ["ticketId"] = ticket.Id }));
        claimed.ShouldBe(TeamsHandling.Claimed);
        (await h.Service.GetAsync(ticket.Id))!.ClaimedByName.ShouldBe("Sam Responder");
        h.Person.For(ticket.Person.ConversationId).Last().Notice!.Arguments["responder"].ShouldBe("Sam Responder");
        CardStatus(h.Teams.Updated.Last().Activity).ShouldBe(W(StaffWordIds.CardClaimed, ("name", "Sam Responder"), ("time", "09:00 UTC")));
        h.Teams.Updated.Last().Activity.Attachments![0].Content!.Value.TryGetProperty("actions", out _).ShouldBeFalse();

        (await h.TeamsHandler.HandleAsync(Inbound(thread, "<at>RecoveryBot</at> Hello, I'm Sam. I'm here."))).ShouldBe(TeamsHandling.Relayed);
        h.Person.For(ticket.Person.ConversationId).Last().Text.ShouldBe("Hello, I'm Sam. I'm here.");

        await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "thank you, my email is a@b.org");
        var toThread = h.Teams.Sent.Last();
        toThread.ConversationId.ShouldBe(thread);
        toThread.Activity.Text.ShouldBe(W(StaffWordIds.ThreadPerson, ("text", "thank you, my email is [email]")));

        (await h.TeamsHandler.HandleAsync(Inbound(thread, W(StaffWordIds.ThreadEndCommand)))).ShouldBe(TeamsHandling.Ended);
        (await h.Service.GetAsync(ticket.Id))!.State.ShouldBe(TicketState.Closed);
        h.Person.ContentIdsFor(ticket.Person.ConversationId).Last().ShouldBe(HandoffContent.Ended);
        CardStatus(h.Teams.Updated.Last().Activity).ShouldBe(W(StaffWordIds.CardEnded, ("time", "09:00 UTC"), ("name", "Sam Responder")));
        var cardId = (await h.Service.GetAsync(ticket.Id))!.TeamsCardActivityId;
        h.Teams.Updated.ShouldAllBe(u => u.ActivityId == cardId && u.ConversationId == thread);
    }

    [Fact]
    public async Task SecondClaimFromCard_RefusedAndToldInThread()
    {
        using var h = Configured();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        var thread = (await h.Service.GetAsync(ticket.Id))!.TeamsThreadId!;
        var data = new JsonObject { ["action"] = "claim", ["ticketId"] = ticket.Id };
        await h.TeamsHandler.HandleAsync(Inbound(thread, null, data));

        var second = await h.TeamsHandler.HandleAsync(Inbound(thread, null, (JsonObject)data.DeepClone(), "29:other", "Kim"));

        second.ShouldBe(TeamsHandling.ClaimRefused);
        h.Teams.Sent.Last().Activity.Text.ShouldBe(W(StaffWordIds.ThreadAlreadyClaimed, ("name", "Sam Responder")));
    }

    [Fact]
    public async Task ColleagueRepliesInThread_NotRelayed()
    {
        using var h = Configured();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        var thread = (await h.Service.GetAsync(ticket.Id))!.TeamsThreadId!;
        await h.TeamsHandler.HandleAsync(Inbound(thread, null, new JsonObject { ["action"] = "claim", ["ticketId"] = ticket.Id }));

        var result = await h.TeamsHandler.HandleAsync(Inbound(thread, "I can take over if needed", null, "29:other", "Kim"));

        result.ShouldBe(TeamsHandling.NotHolder);
        h.Person.For(ticket.Person.ConversationId).ShouldNotContain(s => s.Kind == "message");
    }

    [Fact]
    public async Task NotConfigured_NothingPosted()
    {
        using var h = new HandoffHarness();

        await h.RequestAsync(RiskLevel.Crisis);

        h.Teams.Created.ShouldBeEmpty();
    }

    private static Activity Inbound(string thread, string? text, JsonObject? value = null, string fromId = "29:1ExampleResponderIdForDocsOnly-Wm3pD", string name = "Sam Responder") => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        From = new ChannelAccount { Id = fromId, Name = name },
        Conversation = new ConversationAccount { Id = thread, IsGroup = true, ConversationType = "channel", TenantId = Tenant },
        Value = value is null ? null : JsonSerializer.SerializeToElement(value),
    };

    private static string CardStatus(Activity update)
    {
        var facts = update.Attachments![0].Content!.Value.GetProperty("body")[1].GetProperty("facts");
        return facts.EnumerateArray().Single(f => f.GetProperty("title").GetString() == W(StaffWordIds.Status)).GetProperty("value").GetString()!;
    }
}
