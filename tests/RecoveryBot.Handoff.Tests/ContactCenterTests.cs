using System.Text.Json;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Tests;

public sealed class ContactCenterTests
{
    private static HandoffHarness Enabled() => new(new() { ["Handoff:ContactCenter:Enabled"] = "true" });

    [Fact]
    public async Task Enabled_HandoffInitiateEmittedWithTranscript()
    {
        using var h = Enabled();
        var person = h.NewPerson();
        var request = new HandoffRequest(person, RiskLevel.Crisis, "suicide", ["crisis/offer_human"])
        {
            TriggeringActivityId = "conv-1|0000002",
            PriorLines = [new PriorLine(TranscriptAuthor.Person, "Can I talk to a person? I'm on 555-123-4567", h.Time.GetUtcNow())],
        };

        await h.Service.RequestAsync(request);

        var e = h.Person.For(person.ConversationId).Single(s => s.Kind == "event").Event!;
        // PROTOCOL §6.2 / payloads/handoff-initiate-event.json
        e.Type.ShouldBe("event");
        e.Name.ShouldBe("handoff.initiate");
        Guid.TryParse(e.Id, out _).ShouldBeTrue();
        e.Timestamp.ShouldBe("2026-03-02T09:00:00.000Z");
        e.From!.Id.ShouldBe(person.UserId);
        e.From.Role.ShouldBe("user");
        e.ReplyToId.ShouldBe("conv-1|0000002");
        e.RelatesTo!.ActivityId.ShouldBe("conv-1|0000002");
        e.RelatesTo.Conversation!.Id.ShouldBe(person.ConversationId);
        e.Value!.Value.GetProperty("urgency").GetString().ShouldBe("high");
        var transcript = e.Attachments!.ShouldHaveSingleItem();
        transcript.ContentType.ShouldBe("application/json");
        transcript.Name.ShouldBe("Transcript");
        transcript.Content!.Value.GetProperty("activities")[0].GetProperty("text").GetString().ShouldBe("Can I talk to a person? I'm on [phone]");
        e.Entities.ShouldBeEmpty();
        var wire = JsonSerializer.Serialize(e, ProtocolJson.Context.Activity);
        wire.ShouldContain("\"name\":\"handoff.initiate\"");
    }

    [Fact]
    public async Task StatusAcceptedThenCompleted_HeldThenBotResumes()
    {
        using var h = Enabled();
        var ticket = await h.RequestAsync(RiskLevel.Concern);
        (await h.Service.GetQueueAsync()).ShouldBeEmpty(); // the hub has it, not our console

        (await h.ContactCenter.HandleStatusAsync(Status(ticket, "accepted"))).ShouldBeTrue();
        (await h.Service.GetAsync(ticket.Id))!.State.ShouldBe(TicketState.Claimed);

        await h.ContactCenter.HandleStatusAsync(Status(ticket, "completed"));
        (await h.Service.GetAsync(ticket.Id))!.State.ShouldBe(TicketState.Closed);
        h.Person.ContentIdsFor(ticket.Person.ConversationId).Last().ShouldBe(HandoffContent.Ended);
    }

    [Fact]
    public async Task StatusFailed_TicketJoinsOwnQueueAndPersonTold()
    {
        using var h = Enabled();
        var ticket = await h.RequestAsync(RiskLevel.Crisis);

        await h.ContactCenter.HandleStatusAsync(Status(ticket, "failed"));

        (await h.Service.GetQueueAsync()).Single().Id.ShouldBe(ticket.Id);
        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldContain(HandoffContent.ContactCenterFailed);
        h.Time.Advance(TimeSpan.FromSeconds(60));
        await h.Service.SweepAsync();
        h.Person.ContentIdsFor(ticket.Person.ConversationId).ShouldContain(HandoffContent.NoOneYet);
    }

    [Fact]
    public async Task OtherEvent_NotConsumed()
    {
        using var h = Enabled();
        var consumed = await h.ContactCenter.HandleStatusAsync(new Activity { Type = "event", Name = "webchat/join", Conversation = new ConversationAccount { Id = "x" } });
        consumed.ShouldBeFalse();
    }

    private static Activity Status(Ticket ticket, string state) => new()
    {
        Type = "event",
        Name = "handoff.status",
        Conversation = new ConversationAccount { Id = ticket.Person.ConversationId },
        Value = JsonSerializer.SerializeToElement(new { state, message = "" }),
    };
}
