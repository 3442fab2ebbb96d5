using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Host.Tests.Handoff;

/// <summary>
/// The responders' Teams channel through the real host (issue 6, PROTOCOL §5.7): the alert card is posted with
/// create-conversation, Claim from the card and thread replies arrive at /api/messages, "end" updates the card.
/// </summary>
public sealed class TeamsRespondersChannelHostTests
{
    private const string Channel = "19:responders0example@thread.tacv2";
    private const string Tenant = "tenant-example";
    private const string Thread = Channel + ";messageid=1700000000001";

    [Fact]
    public async Task TicketInTeamsChannel_CardPostedClaimedRelayedAndEnded()
    {
        await using var teams = await FakeConnector.StartAsync();
        // create-conversation answers with the thread (PROTOCOL §5.7): conversation id and the card's activity id.
        teams.Enqueue(new ScriptedResponse(200, JsonSerializer.Serialize(new { id = Thread, activityId = "1700000000001" })));
        await using var kit = await HandoffKit.StartAsync(f => f
            .With("Handoff:Teams:ChannelId", Channel)
            .With("Handoff:Teams:TenantId", Tenant)
            .With("Handoff:Teams:ServiceUrl", teams.ServiceUrl));
        var person = kit.NewPerson();
        await person.SayAsync("I want to kill myself");
        await person.SayAsync("talk to a person");
        var ticketId = (await kit.NextEventAsync(HandoffEventKind.Queued)).TicketId;

        // The alert card: POST v3/conversations with the channel, tenant and an Adaptive Card 1.5 with Claim.
        await teams.Received.WaitForAsync(1, TimeSpan.FromSeconds(15));
        var create = teams.Requests[0];
        create.Method.ShouldBe("POST");
        create.RawTarget.ShouldEndWith("/v3/conversations");
        var body = JsonNode.Parse(create.Body)!;
        body["channelData"]!["channel"]!["id"]!.GetValue<string>().ShouldBe(Channel);
        body["channelData"]!["tenant"]!["id"]!.GetValue<string>().ShouldBe(Tenant);
        var card = body["activity"]!["attachments"]![0]!;
        card["contentType"]!.GetValue<string>().ShouldBe("application/vnd.microsoft.card.adaptive");
        card["content"]!["version"]!.GetValue<string>().ShouldBe("1.5");
        card["content"]!["actions"]![0]!["data"]!["ticketId"]!.GetValue<string>().ShouldBe(ticketId);
        create.Body.ShouldNotContain("kill myself"); // the card never carries what the person wrote

        await kit.WaitForContentAsync("messages/handoff-queued"); // the request is fully posted (card ids stored)

        // Claim from the card: a message with value {action:"claim", ticketId} in the thread.
        var responder = new BotClient(kit.Http, "msteams", Thread);
        (await responder.SendAsync(FromResponder(responder, Thread, null, new { action = "claim", ticketId }))).ShouldBeEmpty();
        var ticket = (await kit.Service.GetAsync(ticketId))!;
        ticket.State.ShouldBe(TicketState.Claimed);
        ticket.ClaimedByName.ShouldBe("Sam Responder");
        ticket.TeamsThreadId.ShouldBe(Thread);
        ticket.TeamsCardActivityId.ShouldBe("1700000000001", string.Join("\n", teams.Requests.Select(r => $"{r.Method} {r.RawTarget}")));
        var joined = await kit.WaitForContentAsync("messages/handoff-responder-joined");
        (joined.Text ?? "").ShouldContain("Sam Responder");
        await HandoffKit.WaitForAsync(teams, _ => teams.Requests.Any(r => r.Method == "PUT"));
        var claimedCard = teams.Requests.First(r => r.Method == "PUT");
        claimedCard.RawTarget.ShouldEndWith($"/v3/conversations/{Uri.EscapeDataString(Thread)}/activities/1700000000001");
        var words = kit.Factory.Services.GetRequiredService<StaffWords>();
        CardStatus(claimedCard.ReadActivity()!).ShouldBe(words.Text(StaffWordIds.CardClaimed, ("name", "Sam Responder"), ("time", Utc(ticket.ClaimedAt))));
        claimedCard.ReadActivity()!.Attachments![0].Content!.Value.TryGetProperty("actions", out _).ShouldBeFalse();

        // A thread reply (with the bot mention) reaches the person under the responder's name.
        await responder.SendAsync(FromResponder(responder, Thread, "<at>RecoveryBot</at> Hi, I'm Sam. I'm here with you."));
        var relayed = await HandoffKit.WaitForAsync(kit.Person, a => a.Text == "Hi, I'm Sam. I'm here with you.");
        relayed.From!.Name.ShouldBe("Sam Responder");

        // The person's answer goes into the thread, not to the bot.
        (await person.SayAsync("thank you")).ShouldBeEmpty();
        await HandoffKit.WaitForAsync(teams, a => a.Text?.EndsWith("thank you", StringComparison.Ordinal) == true);

        // "end" in the thread ends it; the card is replaced (PUT) to say so; the person is told.
        var puts = teams.Requests.Count(r => r.Method == "PUT");
        await responder.SendAsync(FromResponder(responder, Thread, words.Text(StaffWordIds.ThreadEndCommand)));
        (await kit.Service.GetAsync(ticketId))!.State.ShouldBe(TicketState.Closed);
        await kit.WaitForContentAsync("messages/handoff-ended");
        await HandoffKit.WaitForAsync(teams, _ => teams.Requests.Count(r => r.Method == "PUT") > puts);
        var update = teams.Requests.Last(r => r.Method == "PUT");
        update.RawTarget.ShouldContain("/activities/1700000000001");
        var closedAt = (await kit.Service.GetAsync(ticketId))!.ClosedAt;
        CardStatus(update.ReadActivity()!).ShouldBe(words.Text(StaffWordIds.CardEnded, ("time", Utc(closedAt)), ("name", "Sam Responder")));
    }

    private static string Utc(DateTimeOffset? at) => at!.Value.UtcDateTime.ToString("HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The card's last fact (status), found by position so the test does not depend on the label's wording.</summary>
    private static string CardStatus(Activity card) =>
        card.Attachments![0].Content!.Value.GetProperty("body")[1].GetProperty("facts").EnumerateArray().Last().GetProperty("value").GetString()!;

    private static Activity FromResponder(BotClient client, string thread, string? text, object? value = null)
    {
        var activity = client.NewMessage(text ?? string.Empty);
        activity.Text = text;
        activity.ServiceUrl = "http://127.0.0.1:9/";
        activity.From = new ChannelAccount { Id = "29:1ExampleResponder", Name = "Sam Responder", AadObjectId = "00000000-0000-0000-0000-00000000a11e" };
        activity.Conversation = new ConversationAccount { Id = thread, IsGroup = true, ConversationType = "channel", TenantId = Tenant };
        activity.Value = value is null ? null : JsonSerializer.SerializeToElement(value);
        return activity;
    }
}
