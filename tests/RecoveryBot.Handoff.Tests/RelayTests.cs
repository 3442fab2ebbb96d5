using System.Text;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Tests;

public sealed class RelayTests
{
    [Fact]
    public async Task PersonMessageWhileClaimed_StoredRedactedAndPushedToHolder()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);
        using var sub = h.Notifier.Subscribe();

        var result = await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "call me on 555-123-4567 please");

        result.Outcome.ShouldBe(RelayOutcome.Delivered);
        sub.Reader.TryRead(out var pushed).ShouldBeTrue();
        pushed!.Kind.ShouldBe(HandoffEventKind.PersonMessage);
        pushed.HolderId.ShouldBe("alex");
        pushed.Line!.Text.ShouldBe("call me on [phone] please");
        var view = await h.Service.ReadConversationAsync(ticket.Id, HandoffHarness.Alex);
        view!.Value.Lines.Single().Text.ShouldBe("call me on [phone] please");
    }

    [Fact]
    public async Task PersonMessageWhileWaiting_KeptForResponderBotKeepsTalking()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Routine);

        var result = await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "still there?");

        result.Outcome.ShouldBe(RelayOutcome.Waiting);
    }

    [Fact]
    public async Task CrisisDuringHandoff_AlertRaisedAndTicketFlagged()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);
        using var sub = h.Notifier.Subscribe();

        await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "text that the safety layer rated crisis", isCrisis: true);

        var events = new List<HandoffEvent>();
        while (sub.Reader.TryRead(out var e))
        {
            events.Add(e);
        }
        events.ShouldContain(e => e.Kind == HandoffEventKind.CrisisAlert && e.HolderId == "alex");
        var flagged = await h.Service.GetAsync(ticket.Id);
        flagged!.CrisisAlert.ShouldBeTrue();
        flagged.Risk.ShouldBe(RiskLevel.Crisis);
    }

    [Fact]
    public async Task ResponderMessage_ReachesPersonUnderDisplayName()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        var result = await h.Service.SendFromResponderAsync(ticket.Id, HandoffHarness.Alex, "Hi, I'm here with you.");
        await h.Service.ResponderTypingAsync(ticket.Id, HandoffHarness.Alex);

        result.Succeeded.ShouldBeTrue();
        var sent = h.Person.For(ticket.Person.ConversationId).Single(s => s.Kind == "message");
        sent.ResponderName.ShouldBe("Alex");
        sent.Text.ShouldBe("Hi, I'm here with you.");
        h.Person.For(ticket.Person.ConversationId).ShouldContain(s => s.Kind == "typing" && s.ResponderName == "Alex");
    }

    [Fact]
    public async Task NonHolderSends_RefusedAndNothingReachesPerson()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        (await h.Service.SendFromResponderAsync(ticket.Id, HandoffHarness.Blair, "hello")).Outcome.ShouldBe(HandoffOutcome.NotHolder);
        (await h.Service.ReadConversationAsync(ticket.Id, HandoffHarness.Blair)).ShouldBeNull();

        h.Person.For(ticket.Person.ConversationId).ShouldNotContain(s => s.Kind == "message");
    }

    [Fact]
    public async Task PrivateNote_NeverReachesPersonOrTranscript()
    {
        using var h = new HandoffHarness();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);

        var result = await h.Service.AddNoteAsync(ticket.Id, HandoffHarness.Alex, "NOTE-7f3a follow up tomorrow");

        result.Succeeded.ShouldBeTrue();
        h.Person.All.ShouldNotContain(s => (s.Text ?? "").Contains("NOTE-7f3a")
            || (s.Notice != null && s.Notice.Arguments.Values.Any(v => v.Contains("NOTE-7f3a"))));
        var view = await h.Service.ReadConversationAsync(ticket.Id, HandoffHarness.Alex);
        view!.Value.Notes.Single().Text.ShouldBe("NOTE-7f3a follow up tomorrow");
        view.Value.Lines.ShouldNotContain(l => l.Text.Contains("NOTE-7f3a"));
    }

    [Fact]
    public async Task AuditEntries_RecordActionsButNoText()
    {
        using var h = new HandoffHarness();
        await h.AddCastAsync();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);
        await h.Service.ClaimAsync(ticket.Id, HandoffHarness.Alex);
        await h.Service.RelayFromPersonAsync(ticket.Person.ConversationId, "PERSON-SECRET-91 my name is Dana");
        await h.Service.SendFromResponderAsync(ticket.Id, HandoffHarness.Alex, "RESPONDER-SECRET-42");
        await h.Service.AddNoteAsync(ticket.Id, HandoffHarness.Alex, "NOTE-SECRET-13");
        await h.Service.TransferAsync(ticket.Id, HandoffHarness.Alex, "blair");
        await h.Service.EndAsync(ticket.Id, HandoffHarness.Blair);

        var entries = await h.Audit.ReadRecentAsync();

        entries.Select(e => e.Action).ShouldBe(
            [AuditAction.Ended, AuditAction.Transferred, AuditAction.NoteAdded, AuditAction.MessageSent, AuditAction.Claimed, AuditAction.Requested]);
        entries.ShouldAllBe(e => e.At == h.Time.GetUtcNow());
        var auditJson = string.Concat(h.Store.All.Where(r => r.Key.StartsWith("handoff:audit:")).Select(r => Encoding.UTF8.GetString(r.Value.Data)));
        auditJson.ShouldNotContain("SECRET");
        auditJson.ShouldNotContain("Dana");
    }
}
