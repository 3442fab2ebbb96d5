using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>What happens to a conversation whose frames were begun on content that has since changed.</summary>
internal static class ContentUpgrade
{
    /// <summary>
    /// A frame begun on older content restarts politely (ARCHITECTURE §5): everything above it is dropped and
    /// that flow begins again. Returns true when it did, which consumes the turn's input.
    /// </summary>
    public static bool RestartOutdated(TurnContext ctx)
    {
        for (var i = 0; i < ctx.Stack.Count; i++)
        {
            var frame = ctx.Stack[i];
            if (!frame.Outdated)
            {
                continue;
            }
            for (var j = ctx.Stack.Count - 1; j >= i; j--)
            {
                ctx.Effect(EffectKind.FlowEnded, ctx.Stack[j].FlowId);
                ctx.Stack.RemoveAt(j);
            }
            ctx.Say("content-updated");
            if (frame.Flow is not null)
            {
                FlowRunner.Push(ctx, frame.FlowId);
            }
            else if (ctx.Stack.Count == 0)
            {
                FlowRunner.Push(ctx, EngineContract.MainMenu);
            }
            else
            {
                FlowRunner.Resume(ctx, silent: false);
                FlowRunner.Drive(ctx);
            }
            return true;
        }
        return false;
    }
}
