using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Handoff;

/// <summary>Issue 6 through /api/messages: request, SLA fallback, stop waiting, crisis alert during a handoff.</summary>
public sealed class HandoffThroughHostTests
{
    private static readonly ResponderIdentity Sam = new("sam", "Sam Responder", ResponderRole.Responder);

    [Fact]
    public async Task TalkToAPersonAfterCrisis_QueuesCrisisTicketAndTellsPlaceInLine()
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();

        BotClient.ContentIds(await person.SayAsync("I want to kill myself")).ShouldContain(id => id.StartsWith("crisis", StringComparison.Ordinal));
        // Inside the crisis pathway the offer is the crisis flow's own step ("crisis/talk").
        BotClient.ContentIds(await person.SayAsync("talk to a person")).ShouldContain("crisis/talk");

        var queued = await kit.NextEventAsync(HandoffEventKind.Queued);
        var ticket = (await kit.Service.GetAsync(queued.TicketId)).ShouldNotBeNull();
        ticket.Risk.ShouldBe(RiskLevel.Crisis);
        ticket.Category.ShouldBe("suicide");
        ticket.State.ShouldBe(TicketState.Requested);
        ticket.Person.ConversationId.ShouldBe(person.ConversationId);
        (await kit.Service.GetQueueAsync()).First().Id.ShouldBe(ticket.Id);
        var told = await kit.WaitForContentAsync("messages/handoff-queued");
        (told.Text ?? "").ShouldContain("number 1 in line");
    }

    [Fact]
    public async Task TalkToAPersonWithoutRisk_QueuesRoutineTicket()
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();
        await person.SayAsync("hi");

        BotClient.ContentIds(await person.SayAsync("talk to a person")).ShouldContain("handoff/request");

        var ticket = (await kit.Service.GetAsync((await kit.NextEventAsync(HandoffEventKind.Queued)).TicketId)).ShouldNotBeNull();
        ticket.Risk.ShouldBe(RiskLevel.Routine);
    }

    [Fact]
    public async Task NobodyClaimsCrisisTicketInTime_PersonIsToldAndCrisisContactsShownAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var kit = await HandoffKit.StartAsync(f => f
            .With("Handoff:CrisisClaimSeconds", "60")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock)));
        var person = kit.NewPerson();
        await person.SayAsync("I want to kill myself");
        await person.SayAsync("talk to a person");
        var ticketId = (await kit.NextEventAsync(HandoffEventKind.Queued)).TicketId;
        await kit.WaitForContentAsync("messages/handoff-queued");

        clock.Advance(TimeSpan.FromSeconds(59));
        await kit.Service.SweepAsync();
        var early = kit.Person.Requests.Select(r => r.ReadActivity()).OfType<Protocol.Activities.Activity>();
        BotClient.ContentIds(early).ShouldNotContain("messages/handoff-no-one-yet");

        clock.Advance(TimeSpan.FromSeconds(2));
        await kit.Service.SweepAsync();

        var notice = await kit.WaitForContentAsync("messages/handoff-no-one-yet");
        (notice.Text ?? "").ShouldContain("number 1 in line");
        var crisis = await HandoffKit.WaitForAsync(kit.Person, a => BotClient.ContentIds([a]).Any(id => id.StartsWith("crisis", StringComparison.Ordinal)));
        BotClient.Corpus([crisis]).ShouldContain("988");
        (await kit.Service.GetAsync(ticketId))!.State.ShouldBe(TicketState.Requested);

        // The bot keeps talking while the request stays open.
        BotClient.ContentIds(await person.SayAsync("menu")).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("stop waiting")]
    [InlineData("cancel")]
    public async Task PersonStopsWaiting_TicketCancelledAndPersonTold(string words)
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("talk to a person");
        var ticketId = (await kit.NextEventAsync(HandoffEventKind.Queued)).TicketId;

        BotClient.ContentIds(await person.SayAsync(words)).ShouldContain("messages/stopped");

        (await kit.NextEventAsync(HandoffEventKind.Cancelled)).TicketId.ShouldBe(ticketId);
        (await kit.Service.GetAsync(ticketId))!.State.ShouldBe(TicketState.Cancelled);
        (await kit.Service.GetQueueAsync()).ShouldNotContain(t => t.Id == ticketId);
        await kit.WaitForContentAsync("messages/handoff-cancelled");
    }

    [Fact]
    public async Task CrisisDuringClaimedHandoff_RaisesConsoleAlertInsteadOfBotReply()
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();
        var ticketId = await kit.HeldConversationAsync(person, Sam);

        var replies = await person.SayAsync("I want to kill myself");

        replies.ShouldBeEmpty(); // a human holds the conversation: they answer, not the bot
        var alert = await kit.NextEventAsync(HandoffEventKind.CrisisAlert);
        alert.TicketId.ShouldBe(ticketId);
        alert.HolderId.ShouldBe(Sam.Id);
        var ticket = (await kit.Service.GetAsync(ticketId))!;
        ticket.CrisisAlert.ShouldBeTrue();
        ticket.Risk.ShouldBe(RiskLevel.Crisis);
        var lines = (await kit.Service.ReadConversationAsync(ticketId, Sam))!.Value.Lines;
        lines.ShouldContain(l => l.Author == TranscriptAuthor.Person && l.Crisis);
    }

    [Fact]
    public async Task ResponderEnds_BotAnswersAgain()
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();
        await person.SayAsync("hi");
        await person.SayAsync("talk to a person");
        var ticketId = (await kit.NextEventAsync(HandoffEventKind.Queued)).TicketId;
        await kit.Service.ClaimAsync(ticketId, Sam);
        (await person.SayAsync("hello?")).ShouldBeEmpty();
        (await kit.Service.SendFromResponderAsync(ticketId, Sam, "Hi, I'm Sam.")).Succeeded.ShouldBeTrue();
        var relayed = await HandoffKit.WaitForAsync(kit.Person, a => a.Text == "Hi, I'm Sam.");
        relayed.From!.Name.ShouldBe("Sam Responder");

        (await kit.Service.EndAsync(ticketId, Sam)).Succeeded.ShouldBeTrue();
        await kit.WaitForContentAsync("messages/handoff-ended");

        BotClient.ContentIds(await person.SayAsync("menu")).ShouldContain("main-menu/menu");
    }
}
