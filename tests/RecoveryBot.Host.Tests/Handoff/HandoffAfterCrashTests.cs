using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Handoffs;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Host.Turns;

namespace RecoveryBot.Host.Tests.Handoff;

/// <summary>
/// Issue 7: an instance can die right after saving the turn in which the person asked for a human, before the request
/// was made. The channel (or a Direct Line client that got no answer) sends the same activity again; the saved turn
/// is not run twice, but its request must still happen. The crash is simulated by a handler that loses its first run.
/// </summary>
public sealed class HandoffAfterCrashTests
{
    [Fact]
    public async Task RequestLostAfterTheSave_SameActivityAgain_TicketQueuedAndSameReplies()
    {
        await using var kit = await HandoffKit.StartAsync(f => f.WithServices(LoseTheFirstHandoffEffect));
        var tickets = kit.Factory.Services.GetRequiredService<TicketRepository>();
        var person = kit.NewPerson();
        await person.SayAsync("hi");
        var ask = person.NewMessage("talk to a person");

        var first = await person.SendAsync(ask);
        (await tickets.GetActiveForConversationAsync(person.ConversationId)).ShouldBeNull("the crash lost the request");

        var again = await person.SendAsync(ask);

        var queued = await kit.NextEventAsync(HandoffEventKind.Queued);
        (await tickets.GetActiveForConversationAsync(person.ConversationId))!.Id.ShouldBe(queued.TicketId);
        BotClient.ContentIds(again).ShouldBe(BotClient.ContentIds(first)); // the turn itself was not run again
    }

    [Fact]
    public async Task SameActivityAgainAfterTheRequestRan_StillOneTicket()
    {
        await using var kit = await HandoffKit.StartAsync();
        var tickets = kit.Factory.Services.GetRequiredService<TicketRepository>();
        var person = kit.NewPerson();
        await person.SayAsync("hi");
        var ask = person.NewMessage("talk to a person");
        await person.SendAsync(ask);
        var ticketId = (await kit.NextEventAsync(HandoffEventKind.Queued)).TicketId;

        await person.SendAsync(ask);
        await kit.WaitForContentAsync("messages/handoff-place-in-line"); // the repeated request ran: asked again, told their place

        (await tickets.GetActiveForConversationAsync(person.ConversationId))!.Id.ShouldBe(ticketId);
        (await kit.Service.GetAsync(ticketId))!.State.ShouldBe(TicketState.Requested);
    }

    private static void LoseTheFirstHandoffEffect(IServiceCollection services)
    {
        var registered = services.Single(d => d.ServiceType == typeof(ITurnEffectHandler) && d.ImplementationType == typeof(HandoffEffects));
        services.Remove(registered);
        services.AddSingleton<HandoffEffects>();
        services.AddSingleton<ITurnEffectHandler>(sp => new LosesFirstRun(sp.GetRequiredService<HandoffEffects>()));
    }

    /// <summary>The instance died between the save and this handler: its first run never happens.</summary>
    private sealed class LosesFirstRun(HandoffEffects inner) : ITurnEffectHandler
    {
        private int _runs;

        public IReadOnlySet<Dialogs.Engine.EffectKind> AtLeastOnce => inner.AtLeastOnce;

        public Task HandleAsync(TurnOutcome outcome, CancellationToken ct) =>
            outcome.Has(Dialogs.Engine.EffectKind.HandoffRequested) && Interlocked.Increment(ref _runs) == 1
                ? Task.CompletedTask
                : inner.HandleAsync(outcome, ct);
    }
}
