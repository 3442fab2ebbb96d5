using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Outbound;
using RecoveryBot.Host.Privacy;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// One web-chat conversation touching every store: identifying details typed, a crisis, a handoff that a
/// responder claims, answers, annotates and ends (a closed ticket), a second request left open, then optionally
/// "delete my data" → "yes".
/// </summary>
public static class ScriptedWebChat
{
    public const string Phone = "555-867-5309";
    public const string Email = "zeb.quayle@example.org";
    public static readonly string[] PersonSentences =
    [
        $"My name is Zebulon Quayle and you can text me on {Phone} or {Email}",
        "The lavender submarine painted my kitchen ceiling twice",
        "Honestly I want to kill myself tonight",
        "Thank you responder, the marmalade orchestra helped a little",
    ];
    public const string ResponderSentence = "I hear you, the cobalt lighthouse team is right here with you";
    public const string NoteSentence = "Private note: the saffron bicycle plan was discussed";

    public static readonly ResponderIdentity Responder = new("resp-ana", "Ana", ResponderRole.Responder);

    public static async Task<WebChatSession> RunAsync(HostFactory factory, bool deleteAtEnd)
    {
        var services = factory.Services;
        var handoffs = services.GetRequiredService<HandoffService>();
        var queue = services.GetRequiredService<OrderedWorkQueue>();
        var chat = await WebChatSession.StartAsync(factory.CreateClient());

        await chat.SayAsync("hi");
        await chat.SayAsync(PersonSentences[0]);
        await chat.SayAsync(PersonSentences[1]);
        await chat.SayAsync(PersonSentences[2]);

        // First handoff: claimed, a message each way, a private note, ended → a closed ticket with transcript + notes.
        await chat.SayAsync("talk to a person");
        await queue.DrainAsync();
        var first = (await handoffs.GetActiveForConversationAsync(chat.ConversationId)).ShouldNotBeNull();
        (await handoffs.ClaimAsync(first.Id, Responder)).Outcome.ShouldBe(HandoffOutcome.Ok);
        (await handoffs.SendFromResponderAsync(first.Id, Responder, ResponderSentence)).Outcome.ShouldBe(HandoffOutcome.Ok);
        await chat.SayAsync(PersonSentences[3]);
        (await handoffs.AddNoteAsync(first.Id, Responder, NoteSentence)).Outcome.ShouldBe(HandoffOutcome.Ok);
        (await handoffs.EndAsync(first.Id, Responder)).Outcome.ShouldBe(HandoffOutcome.Ok);
        await queue.DrainAsync();

        // Second request, left waiting: an open ticket. (In the dialog, asking again right after a crisis first gets a
        // check-in question, so the request goes in the way the pipeline's effect sends it, with a prior line.)
        await chat.SayAsync("talk to a person");
        var person = first.Person;
        await handoffs.RequestAsync(new HandoffRequest(person, RiskLevel.Concern, "suicide", ["crisis/talk"])
        {
            PriorLines = [new PriorLine(TranscriptAuthor.Person, PersonSentences[1], DateTimeOffset.UtcNow)],
        });
        (await handoffs.GetActiveForConversationAsync(chat.ConversationId)).ShouldNotBeNull().Id.ShouldNotBe(first.Id);

        if (deleteAtEnd)
        {
            await chat.SayAsync("delete my data");
            await chat.SayAsync("yes");
            await queue.DrainAsync();
            await services.GetRequiredService<ConversationEraser>().WhenIdleAsync();
        }
        return chat;
    }
}
