using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;
using static RecoveryBot.Dialogs.Tests.TestContent;

namespace RecoveryBot.Dialogs.Tests.Engine;

/// <summary>Whatever question someone is at, nonsense never keeps them there for ever (issue 3: max attempts).</summary>
public sealed class NeverLoopsTests
{
    public static TheoryData<string, string> AskSteps()
    {
        var data = new TheoryData<string, string>();
        foreach (var flow in Catalog.Flows)
        {
            foreach (var step in flow.Steps.Where(s => s.Kind == StepKind.Ask && s.Prompt != PromptKind.Text))
            {
                data.Add(flow.Id, step.Id);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AskSteps))]
    public void NonsenseAtAnyQuestion_MovesOnWithinMaxAttempts(string flowId, string stepId)
    {
        var step = Catalog.FindFlow(flowId)!.Find(stepId)!;
        var state = new DialogState
        {
            Locale = "en",
            Stack = [new DialogFrame { FlowId = flowId, ContentVersion = Catalog.FindFlow(flowId)!.Version, StepId = stepId }],
        };

        for (var i = 0; i < step.MaxAttempts; i++)
        {
            var turn = Bot.Run(state, Say("qwxz vbnm"));
            turn.Replies.ShouldNotBeEmpty();
            state = turn.State;
        }

        var top = state.Stack.Count == 0 ? null : state.Stack[^1];
        (top is null || top.FlowId != flowId || top.StepId != stepId).ShouldBeTrue($"{flowId}/{stepId} still waits");
    }
}
