using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// Moves the stack: begin a flow, run steps until one waits for the person, end a flow and resume its caller.
/// A sub-flow (call, crisis, handoff, help…) sits on top of the caller, so the caller picks up where it was.
/// </summary>
internal static class FlowRunner
{
    /// <summary>Say-steps pointing at each other can never trap a turn.</summary>
    private const int MaxStepsPerTurn = 64;

    public static void Push(TurnContext ctx, string flowId, string? at = null, string? category = null, string? source = null)
    {
        var flow = ctx.Catalog.FindFlow(flowId)!;
        var frame = new WorkingFrame(flow, at ?? flow.Start);
        if (category is not null)
        {
            frame.Set("category", category);
        }
        if (source is not null)
        {
            frame.Set("source", source);
        }
        ctx.Stack.Add(frame);
        ctx.Effect(EffectKind.FlowStarted, flowId);
        Drive(ctx);
    }

    public static void ClearStack(TurnContext ctx)
    {
        for (var i = ctx.Stack.Count - 1; i >= 0; i--)
        {
            ctx.Effect(EffectKind.FlowEnded, ctx.Stack[i].FlowId);
        }
        ctx.Stack.Clear();
    }

    /// <summary>Runs steps of the top frame until one waits for the person or the stack is empty.</summary>
    public static void Drive(TurnContext ctx)
    {
        for (var guard = 0; guard < MaxStepsPerTurn; guard++)
        {
            var frame = ctx.Top;
            if (frame is null || !frame.Entering || ctx.Halted)
            {
                return;
            }
            var step = frame.CurrentStep;
            if (step is null)
            {
                End(ctx, frame, null);
                continue;
            }
            switch (step.Kind)
            {
                case StepKind.Ask:
                    ctx.Say(ReplyRenderer.Step(ctx, frame, step));
                    frame.Entering = false;
                    frame.Attempts = 0;
                    return;
                case StepKind.Call:
                    frame.Entering = false;
                    var callee = ctx.Catalog.FindFlow(step.Flow!)!;
                    ctx.Stack.Add(new WorkingFrame(callee, step.At ?? callee.Start));
                    ctx.Effect(EffectKind.FlowStarted, callee.Id);
                    continue;
                case StepKind.End:
                    RunEffect(ctx, frame, step);
                    End(ctx, frame, step);
                    continue;
                case StepKind.Lookup:
                    DirectoryRenderer.Run(ctx, frame, step);
                    break;
                case StepKind.Branch:
                    break;
                default:
                    ctx.Say(ReplyRenderer.Step(ctx, frame, step));
                    break;
            }
            RunEffect(ctx, frame, step);
            frame.GoTo(NextOf(ctx, frame, step));
        }
    }

    public static string? NextOf(TurnContext ctx, WorkingFrame frame, Step step)
    {
        var conditions = ctx.Conditions(frame);
        foreach (var rule in step.Next)
        {
            if (rule.When is null || rule.When.Matches(conditions))
            {
                return rule.Goto;
            }
        }
        return step.FallThrough;
    }

    private static void RunEffect(TurnContext ctx, WorkingFrame frame, Step step)
    {
        if (step.Kind == StepKind.Handoff || step.Effect == "handoff")
        {
            ctx.Effect(EffectKind.HandoffRequested, frame.FlowId);
        }
        else if (step.Effect == "delete-data")
        {
            ctx.Effect(EffectKind.DeleteDataRequested);
        }
    }

    /// <summary>Ends the frame (saying the end step's line) and lets the caller carry on.</summary>
    public static void End(TurnContext ctx, WorkingFrame frame, Step? step)
    {
        if (step?.Text is not null)
        {
            ctx.Say(ReplyRenderer.Step(ctx, frame, step));
        }
        ctx.Stack.Remove(frame);
        ctx.Effect(EffectKind.FlowEnded, frame.FlowId);
        if (step?.Clear == true)
        {
            ClearStack(ctx);
            return;
        }
        Resume(ctx, step?.Silent == true);
    }

    /// <summary>
    /// The caller continues: past its call step, into a step it was about to enter, or (when it was interrupted at
    /// a question) by asking that question again.
    /// </summary>
    internal static void Resume(TurnContext ctx, bool silent)
    {
        var parent = ctx.Top;
        if (parent is null)
        {
            return;
        }
        if (parent.Entering)
        {
            // After a handoff request the person waits for a human: the caller carries on with their next message.
            ctx.Halted = silent;
            return;
        }
        if (parent.Outdated)
        {
            // Content changed under the waiting caller: begin it again rather than guess where it was.
            ctx.Stack.Remove(parent);
            ctx.Effect(EffectKind.FlowEnded, parent.FlowId);
            ctx.Say("content-updated");
            if (ctx.Catalog.FindFlow(parent.FlowId) is { } fresh)
            {
                ctx.Stack.Add(new WorkingFrame(fresh, fresh.Start));
                ctx.Effect(EffectKind.FlowStarted, fresh.Id);
            }
            else
            {
                Resume(ctx, silent);
            }
            return;
        }
        var step = parent.CurrentStep!;
        if (step.Kind == StepKind.Call)
        {
            parent.GoTo(NextOf(ctx, parent, step));
            if (silent && parent.CurrentStep is { Kind: StepKind.Ask })
            {
                // After a handoff request the person waits for a human: the caller's next question waits too,
                // unasked, and still understands an answer typed later.
                parent.Entering = false;
            }
            ctx.Halted = silent;
        }
        else if (step.Kind == StepKind.Ask && !silent)
        {
            ctx.Say("resume");
            ctx.Say(ReplyRenderer.Step(ctx, parent, step));
        }
    }

    /// <summary>Asks the top frame's question again (after help or a language switch).</summary>
    public static void Reprompt(TurnContext ctx)
    {
        if (ctx.Top is { } top && top.WaitingAsk is { } step)
        {
            ctx.Say(ReplyRenderer.Step(ctx, top, step));
        }
    }
}
