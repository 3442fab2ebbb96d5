using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// Issue 7 §5 / COMMON privacy rule: what a person (or a responder) wrote never reaches a log line, at any level —
/// through web chat and /api/messages, a crisis, a handoff with a responder's message and note, and "delete my data".
/// </summary>
public sealed class NoTextInLogsTests
{
    [Fact]
    public async Task FullScriptedConversation_AtTraceLevel_NoSentenceOrPhoneInAnyLogLine()
    {
        var capture = new CapturingLoggerProvider();
        await using var factory = new HostFactory()
            .With("Logging:LogLevel:Default", "Trace").With("Logging:LogLevel:Microsoft", "Trace").With("Privacy:DeletionGrace", "00:00:00")
            .WithServices(s => s.AddLogging(b => b.AddProvider(capture).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace)));

        await ScriptedWebChat.RunAsync(factory, deleteAtEnd: true);

        // The Bot Framework path too (Teams-like, expectReplies), with a crisis and a phone number.
        var bot = new BotClient(factory.CreateClient());
        await bot.SayAsync("hi");
        await bot.SayAsync(ScriptedWebChat.PersonSentences[1]);
        (await bot.SayIdsAsync(ScriptedWebChat.PersonSentences[2]))[0].ShouldBe("crisis/suicide");
        await bot.SayAsync(ScriptedWebChat.PersonSentences[0]);

        var lines = capture.Lines.ToList();
        lines.Count.ShouldBeGreaterThan(50); // Trace really was on
        lines.ShouldContain(l => l.Contains("Handoff", StringComparison.Ordinal));
        string[] secrets = [.. ScriptedWebChat.PersonSentences, ScriptedWebChat.ResponderSentence, ScriptedWebChat.NoteSentence,
            ScriptedWebChat.Phone, ScriptedWebChat.Email, "Zebulon", "lavender submarine", "marmalade orchestra", "cobalt lighthouse", "saffron bicycle", "kill myself"];
        foreach (var secret in secrets)
        {
            lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"'{secret}' was logged");
        }
    }
}
