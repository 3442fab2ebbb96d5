using System.Text.Json;
using RecoveryBot.Dialogs.Engine;
using static RecoveryBot.Dialogs.Tests.TestContent;

namespace RecoveryBot.Dialogs.Tests.Engine;

public sealed class EngineBehaviourTests
{
    [Fact]
    public void ContentVersionChanged_RestartsThatFlowPolitely()
    {
        var turn = Play("hi", "mental health", "fine", "Several days");
        var frames = turn.State.Stack.ToArray();
        frames[^1] = frames[^1] with { ContentVersion = "0-old" };
        var old = turn.State with { Stack = frames };

        var next = Bot.Run(old, Say("Not at all"));

        next.Ids().ShouldBe(["messages/content-updated", "mental-health-check-in/feeling"]);
        next.State.Stack[^1].ContentVersion.ShouldBe(Catalog.FindFlow("mental-health-check-in")!.Version);
        next.State.Stack[^1].Answers.ShouldBeEmpty();
    }

    [Fact]
    public void FlowRemovedFromContent_FallsBackToTheCaller()
    {
        var turn = Play("hi", "mental health");
        var frames = turn.State.Stack.ToArray();
        frames[^1] = frames[^1] with { FlowId = "retired-flow" };

        var next = Bot.Run(turn.State with { Stack = frames }, Say("ok"));

        next.Ids().ShouldBe(["messages/content-updated", "main-menu/again"]);
    }

    [Fact]
    public void TenKilobytesAtAChoice_GetsAPoliteRetryAndKeepsTheAnswers()
    {
        var before = Play("hi", "mental health", "fine", "Several days");

        var turn = Bot.Run(before.State, Say(new string('x', 10_240)));

        turn.Ids().ShouldBe(["messages/didnt-catch"]);
        turn.State.Stack[^1].StepId.ShouldBe("phq2");
        turn.State.Stack[^1].Answers["phq1"].ShouldBe("several-days");
    }

    [Fact]
    public void TenKilobytesAtFreeText_IsAcceptedButNotKept()
    {
        var before = Play("hi", "mental health");

        var turn = Bot.Run(before.State, Say(new string('y', 10_240)));

        turn.Ids().ShouldBe(["mental-health-check-in/phq-intro", "mental-health-check-in/phq1"]);
        JsonSerializer.Serialize(turn.State).ShouldNotContain("yyyy");
    }

    [Fact]
    public void AttachmentWithNoText_AtAChoice_AsksAgain()
    {
        var before = Play("hi");

        var turn = Bot.Run(before.State, Say(null));

        turn.Ids().ShouldBe(["messages/didnt-catch"]);
        turn.Replies[0].Choices.Select(c => c.Value).ShouldContain("mental-health");
    }

    [Fact]
    public void SpanishLocaleTag_SpeaksSpanish()
    {
        var turn = Bot.Run(DialogState.Empty, Say("hola", "es-MX"));

        turn.State.Locale.ShouldBe("es");
        turn.Replies[^1].Text.ShouldContain("¿De qué le gustaría hablar?");
    }

    [Fact]
    public void StateLocale_WinsOverTheInputLocaleAfterASwitch()
    {
        var switched = Play("hi", "español");

        var turn = Bot.Run(switched.State, Say("salud mental", "en-US"));

        turn.Replies[0].Text.ShouldContain("¿Cómo se ha sentido últimamente?");
    }

    [Fact]
    public void TappedButtonValue_IsRecognisedWhateverTheTitle()
    {
        var before = Play("hi");

        var turn = Bot.Run(before.State, Say("something else entirely", tap: "treatment"));

        turn.Ids().ShouldBe(["treatment-options/pick"]);
    }

    [Fact]
    public void StateSurvivesJsonRoundTrip_MidFlow()
    {
        var turn = Play("hi", "mental health", "fine", "Several days");
        var json = JsonSerializer.Serialize(turn.State);

        var restored = JsonSerializer.Deserialize<DialogState>(json)!;
        var next = Bot.Run(restored, Say("Not at all"));

        next.Replies[0].Text.ShouldContain("PHQ-2 score is 1");
    }

    [Fact]
    public void ConversationStarted_OnEmptyState_Welcomes()
    {
        var turn = Bot.Run(DialogState.Empty, new DialogInput(InputKind.ConversationStarted, null, null, "en"));

        turn.Ids().ShouldBe(["welcome/intro", "welcome/privacy", "main-menu/menu"]);
        turn.Effects.ShouldContain(new DialogEffect(EffectKind.FlowStarted, "welcome"));
    }

    [Fact]
    public void UntouchedFrames_AreReturnedAsTheSameObjects()
    {
        var before = Play("hi", "mental health");

        var turn = Bot.Run(before.State, Say("help"));

        turn.State.Stack[0].ShouldBeSameAs(before.State.Stack[0]);
    }
}
