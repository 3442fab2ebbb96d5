using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Tests;

public sealed class QueueTests
{
    [Fact]
    public async Task MixedRisks_QueueOrderedByRiskThenWait()
    {
        using var h = new HandoffHarness();
        var routineOld = await h.RequestAsync(RiskLevel.Routine);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var concern = await h.RequestAsync(RiskLevel.Concern);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var crisisLate = await h.RequestAsync(RiskLevel.Crisis, "suicide");
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var routineNew = await h.RequestAsync(RiskLevel.Routine);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var crisisLater = await h.RequestAsync(RiskLevel.Crisis, "overdose");

        var queue = await h.Service.GetQueueAsync();

        queue.Select(t => t.Id).ShouldBe([crisisLate.Id, crisisLater.Id, concern.Id, routineOld.Id, routineNew.Id]);
    }

    [Fact]
    public async Task NewRequest_PersonToldPlaceInLineAndRoughWait()
    {
        using var h = new HandoffHarness();
        await h.RequestAsync(RiskLevel.Crisis);
        var person = h.NewPerson();
        await h.RequestAsync(RiskLevel.Routine, person: person);

        var queued = h.Person.For(person.ConversationId).Single(s => s.ContentId == HandoffContent.Queued);
        queued.Notice!.Arguments["position"].ShouldBe("2");
        queued.Notice.Arguments["minutes"].ShouldBe("5");
        (await h.Service.GetPlaceInLineAsync(person.ConversationId)).ShouldBe(2);
    }

    [Fact]
    public async Task SameConversationAsksAgainInCrisis_SameTicketRaisedToCrisis()
    {
        using var h = new HandoffHarness();
        var person = h.NewPerson();
        await h.RequestAsync(RiskLevel.Crisis, person: h.NewPerson());
        var first = await h.RequestAsync(RiskLevel.Routine, person: person);

        var again = await h.RequestAsync(RiskLevel.Crisis, "suicide", person);

        again.Id.ShouldBe(first.Id);
        again.Risk.ShouldBe(RiskLevel.Crisis);
        (await h.Service.GetQueueAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task PersonStopsWaiting_TicketCancelledPersonToldAndOthersMoveUp()
    {
        using var h = new HandoffHarness();
        var leaving = await h.RequestAsync(RiskLevel.Crisis);
        var staying = await h.RequestAsync(RiskLevel.Routine);

        var cancelled = await h.Service.CancelAsync(leaving.Person.ConversationId);

        cancelled!.State.ShouldBe(TicketState.Cancelled);
        (await h.Service.GetActiveForConversationAsync(leaving.Person.ConversationId)).ShouldBeNull();
        h.Person.ContentIdsFor(leaving.Person.ConversationId).ShouldContain(HandoffContent.Cancelled);
        (await h.Service.GetQueueAsync()).Select(t => t.Id).ShouldBe([staying.Id]);
        var moved = h.Person.For(staying.Person.ConversationId).Last(s => s.ContentId == HandoffContent.PlaceInLine);
        moved.Notice!.Arguments["position"].ShouldBe("1");
    }

    [Fact]
    public async Task CancelWithoutOpenRequest_ReturnsNullAndSendsNothing()
    {
        using var h = new HandoffHarness();

        (await h.Service.CancelAsync("no-such-conversation")).ShouldBeNull();

        h.Person.All.ShouldBeEmpty();
    }
}
