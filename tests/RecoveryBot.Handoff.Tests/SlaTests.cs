using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Tests;

public sealed class SlaTests
{
    [Fact]
    public async Task CrisisUnclaimedFor60Seconds_PersonToldContactsShownRequestStaysOpen()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis, "suicide");

        h.Time.Advance(TimeSpan.FromSeconds(59));
        await h.Service.SweepAsync();
        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldNotContain(HandoffContent.NoOneYet);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Service.SweepAsync();

        var notice = h.Person.For(ticket.Person.ConversationId).Single(s => s.ContentId == HandoffContent.NoOneYet).Notice!;
        notice.ShowCrisisContacts.ShouldBeTrue();
        notice.CrisisCategory.ShouldBe("suicide");
        (await h.Service.GetActiveForConversationAsync(ticket.Person.ConversationId))!.State.ShouldBe(TicketState.Requested);
    }

    [Fact]
    public async Task RepeatedSweeps_NoticeSentOnceThenReminderAfterInterval()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        h.Time.Advance(TimeSpan.FromSeconds(60));
        await h.Service.SweepAsync();
        await h.Service.SweepAsync();
        h.Person.ContentIdsFor(ticket.Person.ConversationId).Count(id => id == HandoffContent.NoOneYet).ShouldBe(1);

        h.Time.Advance(TimeSpan.FromSeconds(300));
        await h.Service.SweepAsync();

        h.Person.ContentIdsFor(ticket.Person.ConversationId).Count(id => id == HandoffContent.NoOneYet).ShouldBe(2);
    }

    [Fact]
    public async Task RoutineRequest_WaitsFiveMinutesBeforeNotice()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Routine);
        h.Time.Advance(TimeSpan.FromSeconds(299));
        await h.Service.SweepAsync();
        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldNotContain(HandoffContent.NoOneYet);

        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Service.SweepAsync();

        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldContain(HandoffContent.NoOneYet);
    }

    [Fact]
    public async Task ConfiguredCrisisTarget_IsHonoured()
    {
        using var h = new HandoffHarness(new() { ["Handoff:CrisisClaimSeconds"] = "20" });
        var ticket = await h.RequestAsync(RiskLevel.Crisis);

        h.Time.Advance(TimeSpan.FromSeconds(20));
        await h.Service.SweepAsync();

        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldContain(HandoffContent.NoOneYet);
    }

    [Fact]
    public async Task ClaimedBeforeTarget_NoNotice()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        h.Time.Advance(TimeSpan.FromSeconds(120));
        await h.Service.SweepAsync();

        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldNotContain(HandoffContent.NoOneYet);
    }

    [Fact]
    public async Task UnclaimedPastMaxWait_TimesOutWithContacts()
    {
        using var h = new HandoffHarness(new() { ["Handoff:MaxWaitMinutes"] = "30" });
        var ticket = await h.RequestAsync(RiskLevel.Routine, "medical");

        h.Time.Advance(TimeSpan.FromMinutes(30));
        await h.Service.SweepAsync();

        (await h.Service.GetAsync(ticket.Id))!.State.ShouldBe(TicketState.TimedOut);
        var notice = h.Person.For(ticket.Person.ConversationId).Single(s => s.ContentId == HandoffContent.TimedOut).Notice!;
        notice.ShowCrisisContacts.ShouldBeTrue();
    }

    [Fact]
    public async Task WaitingTicketTurnsCrisis_TargetShortensToCrisisTarget()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Routine);
        h.Time.Advance(TimeSpan.FromSeconds(10));

        await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "I can't go on", isCrisis: true);
        h.Time.Advance(TimeSpan.FromSeconds(50));
        await h.Service.SweepAsync();

        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldContain(HandoffContent.NoOneYet);
    }
}
