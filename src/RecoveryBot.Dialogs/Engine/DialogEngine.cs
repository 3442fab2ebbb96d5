using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Loading;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// The waterfall engine over the loaded content. Order of a message turn: crisis or concern from the safety
/// stage first (pushed on top, so the person can return), then an outdated frame restarts, then a global command,
/// then the answer to the waiting question.
/// </summary>
public sealed class DialogEngine(ContentCatalog catalog) : IDialogEngine
{
    public ContentCatalog Catalog => catalog;

    public DialogTurn Run(DialogState state, DialogInput input)
    {
        var ctx = new TurnContext(catalog, state, input);
        if (input.Kind == InputKind.ConversationStarted)
        {
            Started(ctx);
        }
        else if (input.Risk == RiskSignal.Crisis)
        {
            SafetyInterruptions.StartCrisis(ctx, CrisisCategories.Normalize(input.RiskCategory));
        }
        else if (input.Risk == RiskSignal.Concern && !SafetyInterruptions.InSafetyFlow(ctx))
        {
            SafetyInterruptions.StartConcern(ctx, CrisisCategories.Normalize(input.RiskCategory), input.RiskSource);
        }
        else if (!ContentUpgrade.RestartOutdated(ctx))
        {
            Message(ctx, input);
        }
        return ctx.ToTurn();
    }

    private static void Started(TurnContext ctx)
    {
        if (ctx.Stack.Count == 0)
        {
            FlowRunner.Push(ctx, EngineContract.Welcome);
        }
        else if (!ContentUpgrade.RestartOutdated(ctx))
        {
            ctx.Say("welcome-back");
            FlowRunner.Reprompt(ctx);
        }
    }

    private void Message(TurnContext ctx, DialogInput input)
    {
        var normalized = TextNormalizer.Normalize(input.Text);
        var top = ctx.Top;
        var ask = top?.WaitingAsk;
        var tappedOwnButton = ask?.Table is { } table && input.ChoiceValue is { } v && table.FindValue(v) >= 0;
        if (!tappedOwnButton && !(ask?.Table?.IsExact(normalized) ?? false))
        {
            var command = catalog.Commands.Match(normalized);
            if (command != GlobalCommand.None)
            {
                CommandHandler.Run(ctx, command);
                return;
            }
        }
        if (top is null)
        {
            FlowRunner.Push(ctx, ctx.HadConversation ? EngineContract.MainMenu : EngineContract.Welcome);
            return;
        }
        if (ask is null)
        {
            // Not waiting at a question (only possible after a failed turn): carry on from where the frame is.
            top.Entering = true;
            FlowRunner.Drive(ctx);
            return;
        }
        AnswerHandler.Handle(ctx, top, ask, input, normalized);
    }

    public IReadOnlyList<Reply> Fallback(FallbackKind kind, string locale, string? riskCategory = null)
    {
        if (kind == FallbackKind.TryAgain)
        {
            return [catalog.Message("try-again", locale)];
        }
        try
        {
            var input = new DialogInput(InputKind.Message, null, null, locale, RiskSignal.Crisis, riskCategory);
            return Run(DialogState.Empty, input).Replies;
        }
        catch (Exception)
        {
            // The crisis reply is never lost: a static message with 988 and 911 links (SAFETY-NOTES §5).
            return [catalog.Message("crisis-fallback", locale)];
        }
    }
}
