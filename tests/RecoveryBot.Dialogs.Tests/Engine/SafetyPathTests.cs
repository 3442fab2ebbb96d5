using RecoveryBot.Dialogs.Engine;
using static RecoveryBot.Dialogs.Tests.TestContent;

namespace RecoveryBot.Dialogs.Tests.Engine;

/// <summary>Crisis replies meet Miner et al.'s criteria plus "offer a human" (SAFETY-NOTES §1, §5).</summary>
public sealed class SafetyPathTests
{
    public static TheoryData<string, string> CategoriesAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "suicide", "self_harm", "overdose", "harm_others", "abuse_danger", "medical" })
        {
            data.Add(c, "en");
            data.Add(c, "es");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CategoriesAndLocales))]
    public void CrisisTurn_GivesContactsAndOffersAPerson(string category, string locale)
    {
        var turn = Bot.Run(DialogState.Empty, Say("…", locale, RiskSignal.Crisis, category));

        turn.Effects.ShouldContain(new DialogEffect(EffectKind.CrisisEscalation, category));
        turn.Replies[0].ContentId.ShouldStartWith("crisis/");
        turn.Replies.SelectMany(r => r.Links).ShouldContain(l => l.Url.StartsWith("tel:", StringComparison.Ordinal));
        turn.Replies[^1].Choices.Select(c => c.Value).ShouldContain("person");
    }

    [Theory]
    [InlineData("suicide", "en")]
    [InlineData("suicide", "es")]
    [InlineData("self_harm", "en")]
    [InlineData("self_harm", "es")]
    public void SuicideAndSelfHarm_Mention988InTheText(string category, string locale)
    {
        var turn = Bot.Run(DialogState.Empty, Say("…", locale, RiskSignal.Crisis, category));

        turn.Replies[0].Text.ShouldContain("988");
        turn.Replies[0].Links[0].Url.ShouldBe("tel:988");
    }

    [Theory]
    [InlineData("overdose")]
    [InlineData("medical")]
    [InlineData("abuse_danger")]
    public void EmergencyCategories_Put911First(string category)
    {
        var turn = Bot.Run(DialogState.Empty, Say("…", "en", RiskSignal.Crisis, category));

        turn.Replies[0].Links[0].Url.ShouldBe("tel:911");
    }

    [Fact]
    public void Overdose_ThenNaloxoneSteps()
    {
        var turn = Bot.Run(DialogState.Empty, Say("…", "en", RiskSignal.Crisis, "overdose"));

        turn.Ids().ShouldBe(["crisis/overdose", "crisis/overdose-steps", "crisis/offer"]);
        turn.Replies[1].Text.ShouldContain("naloxone");
    }

    [Theory]
    [InlineData("suicide")]
    [InlineData("overdose")]
    [InlineData(null)]
    public void CrisisFallback_WithoutState_StillHasContactsAnd988Or911(string? category)
    {
        var replies = Bot.Fallback(FallbackKind.Crisis, "en", category);

        replies.ShouldNotBeEmpty();
        var urls = replies.SelectMany(r => r.Links).Select(l => l.Url).ToList();
        (urls.Contains("tel:988") || urls.Contains("tel:911")).ShouldBeTrue();
    }

    [Fact]
    public void TryAgainFallback_IsAMessageFromContent()
    {
        var reply = Bot.Fallback(FallbackKind.TryAgain, "es-ES").ShouldHaveSingleItem();

        reply.ContentId.ShouldBe("messages/try-again");
        reply.Text.ShouldContain("inténtelo");
    }

    [Fact]
    public void RepeatedCrisis_ReplacesTheCrisisFrameInsteadOfStacking()
    {
        var first = Bot.Run(Play("hi").State, Say("…", "en", RiskSignal.Crisis, "suicide"));

        var second = Bot.Run(first.State, Say("…", "en", RiskSignal.Crisis, "overdose"));

        second.State.Stack.Count(f => f.FlowId == "crisis").ShouldBe(1);
        second.State.Stack[^2].FlowId.ShouldBe("main-menu");
    }

    [Fact]
    public void NoCrisisReply_ContainsMethodOrDoseWords()
    {
        foreach (var category in new[] { "suicide", "self_harm", "harm_others" })
        {
            var text = string.Join(' ', Bot.Run(DialogState.Empty, Say("…", "en", RiskSignal.Crisis, category)).Replies.Select(r => r.Text));
            foreach (var word in new[] { "mg", "pills", "lethal", "how many" })
            {
                text.ShouldNotContain(word, Case.Insensitive);
            }
        }
    }
}
