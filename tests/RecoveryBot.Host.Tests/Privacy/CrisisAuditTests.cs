using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Host.Turns;
using RecoveryBot.Storage.Audit;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>Issue 7: crisis audit entries keep ids and levels only — level, category, cue ids, content ids; no text.</summary>
public sealed partial class CrisisAuditTests
{
    [Fact]
    public async Task CrisisDetection_AuditDetailHoldsIdsAndLevelsOnly()
    {
        await using var factory = new HostFactory();
        var bot = new BotClient(factory.CreateClient());
        await bot.SayAsync("hi");
        const string words = "Honestly I want to kill myself tonight, call 555-867-5309";
        (await bot.SayIdsAsync(words))[0].ShouldBe("crisis/suicide");

        var entries = await factory.Services.GetRequiredService<IAuditLog>()
            .ReadAsync(new AuditQuery(ConversationId: bot.ConversationId, Action: SafetyAudit.Action));
        var entry = entries.ShouldHaveSingleItem();
        entry.Actor.ShouldBe("bot");
        entry.Detail.ShouldNotBeNull();
        IdsOnly().IsMatch(entry.Detail).ShouldBeTrue(entry.Detail);
        entry.Detail.ShouldStartWith("level=Crisis;category=Suicide;cues=");
        entry.Detail.ShouldEndWith(";reply=crisis/suicide");
        // Cue ids may echo a concept ("suicide.self_kill"), never the person's own phrasing or numbers.
        foreach (var word in new[] { "Honestly", "tonight", "want to", "myself", "555", "867" })
        {
            entry.Detail.ShouldNotContain(word, Case.Insensitive);
        }
    }

    // level=<Enum>;category=<Enum>;cues=<id,id>;at=<flow/step or ->;reply=<content id>: identifiers, no spaces.
    [GeneratedRegex(@"^level=[A-Za-z]+;category=[A-Za-z]+;cues=[A-Za-z0-9_.:/-]+(,[A-Za-z0-9_.:/-]+)*;at=[A-Za-z0-9_./-]+;reply=[A-Za-z0-9_./-]+$")]
    private static partial Regex IdsOnly();
}
