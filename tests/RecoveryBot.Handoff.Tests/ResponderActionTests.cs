using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Tests;

public sealed class ResponderActionTests
{
    [Fact]
    public async Task TwoRespondersClaimAtOnce_ExactlyOneWins()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        // Both claims read the same version of the ticket before either writes: a real race.
        h.Store.HoldReadsUntil(HandoffKeys.Ticket(ticket.Id), readers: 2);

        var results = await Task.WhenAll(
            Task.Run(() => h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex)),
            Task.Run(() => h.Service.ClaimAsync(ticket.Id, HandoffHarness.Blair)));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Single(r => !r.Succeeded).Outcome.ShouldBe(HandoffOutcome.AlreadyClaimed);
        h.Store.Conflicts.ShouldBeGreaterThanOrEqualTo(1);
        var winner = results.Single(r => r.Succeeded).Ticket!.ClaimedBy;
        (await h.Service.GetAsync(ticket.Id))!.ClaimedBy.ShouldBe(winner);
        h.Person.ContentIdsFor(ticket.Person.ConversationId).Count(id => id == HandoffContent.ResponderJoined).ShouldBe(1);
    }

    [Fact]
    public async Task Claim_PersonToldResponderDisplayName()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Concern);

        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        var joined = h.Person.For(ticket.Person.ConversationId).Single(s => s.ContentId == HandoffContent.ResponderJoined);
        joined.Notice!.Arguments["responder"].ShouldBe("Alex");
    }

    [Fact]
    public async Task ResponderDisconnects_AfterGraceTicketBackInQueueAndPersonTold()
    {
        using var h = new HandoffHarness(new() { ["Handoff:DisconnectGraceSeconds"] = "60" });
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        await h.Service.ResponderPresenceChangedAsync("alex", connected: false);
        h.Time.Advance(TimeSpan.FromSeconds(59));
        await h.Service.SweepAsync();
        (await h.Service.GetAsync(ticket.Id))!.State.ShouldBe(TicketState.Claimed);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Service.SweepAsync();

        var back = await h.Service.GetAsync(ticket.Id);
        back!.State.ShouldBe(TicketState.Requested);
        back.ClaimedBy.ShouldBeNull();
        (await h.Service.GetQueueAsync()).First().Id.ShouldBe(ticket.Id);
        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldContain(HandoffContent.ResponderLeft);
        (await h.Audit.ReadRecentAsync()).ShouldContain(e => e.Action == AuditAction.Released && e.TargetId == "alex");
    }

    [Fact]
    public async Task ResponderReconnectsWithinGrace_KeepsTicket()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        await h.Service.ResponderPresenceChangedAsync("alex", connected: false);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.Service.ResponderPresenceChangedAsync("alex", connected: true);
        h.Time.Advance(TimeSpan.FromSeconds(120));
        await h.Service.SweepAsync();

        (await h.Service.GetAsync(ticket.Id))!.ClaimedBy.ShouldBe("alex");
        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldNotContain(HandoffContent.ResponderLeft);
    }

    [Fact]
    public async Task Transfer_NewHolderRecordedAndPersonToldNewName()
    {
        using var h = new HandoffHarness();
        await h.AddCastAsync();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        var result = await h.Service.TransferAsync(ticket.Id, HandoffHarness.Alex, "blair");

        result.Succeeded.ShouldBeTrue();
        var moved = await h.Service.GetAsync(ticket.Id);
        moved!.ClaimedBy.ShouldBe("blair");
        moved.Transfers.ShouldHaveSingleItem().ShouldBe(new TransferRecord("alex", "blair", h.Time.GetUtcNow()));
        h.Person.For(ticket.Person.ConversationId).Single(s => s.ContentId == HandoffContent.Transferred).Notice!.Arguments["responder"].ShouldBe("Blair");
        (await h.Service.SendFromResponderAsync(ticket.Id, HandoffHarness.Alex, "still here?")).Outcome.ShouldBe(HandoffOutcome.NotHolder);
    }

    [Fact]
    public async Task TransferByNonHolder_Refused()
    {
        using var h = new HandoffHarness();
        await h.AddCastAsync();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        var result = await h.Service.TransferAsync(ticket.Id, HandoffHarness.Blair, "blair");
        var toUnknown = await h.Service.TransferAsync(ticket.Id, HandoffHarness.Alex, "nobody");

        result.Succeeded.ShouldBeFalse();
        toUnknown.Outcome.ShouldBe(HandoffOutcome.UnknownResponder);
        (await h.Service.GetAsync(ticket.Id))!.ClaimedBy.ShouldBe("alex");
    }

    [Fact]
    public async Task End_TicketClosedPersonToldBotResumes()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        var result = await h.Service.EndAsync(ticket.Id, HandoffHarness.Alex);

        result.Ticket!.State.ShouldBe(TicketState.Closed);
        (await h.Service.GetActiveForConversationAsync(ticket.Person.ConversationId)).ShouldBeNull();
        h.Person.ContentIdsFor(ticket.Person.ConversationId).Last().ShouldBe(HandoffContent.Ended);
        (await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "hello?")).Outcome.ShouldBe(RelayOutcome.NotActive);
    }

    [Fact]
    public async Task SupervisorMayEndAnyTicket_OtherResponderMayNot()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        (await h.Service.EndAsync(ticket.Id, HandoffHarness.Blair)).Outcome.ShouldBe(HandoffOutcome.NotHolder);
        (await h.Service.EndAsync(ticket.Id, HandoffHarness.Sam)).Succeeded.ShouldBeTrue();
    }
}
