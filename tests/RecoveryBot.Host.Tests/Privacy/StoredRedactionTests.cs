using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.Host.Turns;
using RecoveryBot.DirectLine.Bot;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// Issue 7: the person's Direct Line messages are stored redacted — the echo (matched by clientActivityID) and the
/// history on reload show the masked text — while the bot's turn sees the original words.
/// </summary>
public sealed class StoredRedactionTests
{
    [Fact]
    public async Task WebChatMessage_StoredRedacted_EchoMatchesClientIdAndBotSawOriginal()
    {
        var seen = new List<string>();
        await using var factory = new HostFactory().WithServices(s =>
        {
            s.AddSingleton<DirectLineTurnBot>();
            s.Replace(ServiceDescriptor.Singleton<IDirectLineBot>(sp => new RecordingBot(sp.GetRequiredService<DirectLineTurnBot>(), seen)));
        });
        var chat = await WebChatSession.StartAsync(factory.CreateClient());
        await chat.SayAsync("hi");
        var clientId = await chat.SayAsync(ScriptedWebChat.PersonSentences[0]);

        var echo = (await chat.HistoryAsync()).Single(a => WebChatSession.ClientActivityId(a) == clientId);
        var stored = WebChatSession.Text(echo);
        stored.ShouldBe("My name is [name] and you can text me on [phone] or [email]");
        var json = WebChatSession.ToJson(echo);
        json.ShouldNotContain(ScriptedWebChat.Phone);
        json.ShouldNotContain("Zebulon");
        echo["from"]!["role"]!.GetValue<string>().ShouldBe("user");

        seen.ShouldContain(ScriptedWebChat.PersonSentences[0]);
    }

    [Fact]
    public async Task BotReplies_StoredUnredacted_HotlineNumbersStayReadable()
    {
        await using var factory = new HostFactory();
        var chat = await WebChatSession.StartAsync(factory.CreateClient());
        await chat.SayAsync("I took too many pills and my friend 555-867-5309 is not answering");
        var history = await chat.HistoryAsync();
        var replies = history.Where(a => a["from"]?["role"]?.GetValue<string>() == "bot").ToList();
        replies.ShouldContain(a => WebChatSession.ContentId(a) == "crisis/overdose");
        string.Concat(replies.Select(WebChatSession.ToJson)).ShouldContain("911");
        history.Where(a => a["from"]?["role"]?.GetValue<string>() == "user").Select(WebChatSession.Text)
            .ShouldContain("I took too many pills and my friend [phone] is not answering");
    }

    private sealed class RecordingBot(IDirectLineBot inner, List<string> seen) : IDirectLineBot
    {
        public Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
        {
            if (activity.Text is { } text)
            {
                lock (seen) seen.Add(text);
            }
            return inner.ProcessAsync(activity, cancellationToken);
        }
    }
}
