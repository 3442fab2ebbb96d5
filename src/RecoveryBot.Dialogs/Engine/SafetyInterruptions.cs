using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// The safety stage's verdict interrupts whatever is going on (ARCHITECTURE §6): the crisis or concern flow is
/// pushed on top, so the suspended flow resumes when the person is ready.
/// </summary>
internal static class SafetyInterruptions
{
    /// <summary>Crisis on top of whatever was going on; a previous crisis/concern flow is replaced, not stacked.</summary>
    public static void StartCrisis(TurnContext ctx, string category)
    {
        PopSafetyFlows(ctx);
        ctx.Effect(EffectKind.CrisisEscalation, category);
        FlowRunner.Push(ctx, EngineContract.Crisis, category: category);
    }

    /// <summary>
    /// The concern check-in, with the frame variable <c>source</c> set to <c>model</c> when only the classifier
    /// flagged the message: the flow's route step picks the softer opening question by it.
    /// </summary>
    public static void StartConcern(TurnContext ctx, string category, RiskSource source = RiskSource.Rules)
    {
        PopSafetyFlows(ctx);
        FlowRunner.Push(ctx, EngineContract.Concern, category: category,
            source: source == RiskSource.ModelOnly ? EngineContract.ModelOnlySource : null);
    }

    public static bool InSafetyFlow(TurnContext ctx)
    {
        foreach (var f in ctx.Stack)
        {
            if (f.FlowId is EngineContract.Crisis or EngineContract.Concern)
            {
                return true;
            }
        }
        return false;
    }

    private static void PopSafetyFlows(TurnContext ctx)
    {
        while (ctx.Top is { FlowId: EngineContract.Crisis or EngineContract.Concern } top)
        {
            ctx.Stack.RemoveAt(ctx.Stack.Count - 1);
            ctx.Effect(EffectKind.FlowEnded, top.FlowId);
        }
    }
}
