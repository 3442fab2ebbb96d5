using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Loading;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// Global commands as a person expects them: "menu", "start over" and "stop" leave what was going on; "help",
/// a language switch, "talk to a person", privacy and "delete my data" step in and then return to it.
/// </summary>
internal static class CommandHandler
{
    public static void Run(TurnContext ctx, GlobalCommand command)
    {
        switch (command)
        {
            case GlobalCommand.Menu:
                FlowRunner.ClearStack(ctx);
                FlowRunner.Push(ctx, EngineContract.MainMenu);
                break;
            case GlobalCommand.Restart:
                FlowRunner.ClearStack(ctx);
                FlowRunner.Push(ctx, EngineContract.Welcome);
                break;
            case GlobalCommand.Stop:
                var wasInCrisis = SafetyInterruptions.InSafetyFlow(ctx);
                FlowRunner.ClearStack(ctx);
                // Resources stay one tap away even when someone stops the crisis pathway (SAFETY-NOTES §2).
                ctx.Say(wasInCrisis ? "stopped-crisis" : "stopped");
                // "stop waiting" (issue 6): the pipeline closes an open request for a person, if there is one.
                ctx.Effect(EffectKind.HandoffCancelled);
                break;
            case GlobalCommand.Help:
                ctx.Say("help");
                FlowRunner.Reprompt(ctx);
                break;
            case GlobalCommand.Spanish or GlobalCommand.English:
                ctx.Locale = command == GlobalCommand.Spanish ? Locales.Es : Locales.En;
                ctx.Effect(EffectKind.LanguageChanged, ctx.Locale);
                ctx.Say("language-changed");
                if (ctx.Stack.Count == 0)
                {
                    FlowRunner.Push(ctx, EngineContract.MainMenu);
                }
                else
                {
                    FlowRunner.Reprompt(ctx);
                }
                break;
            case GlobalCommand.Person:
                FlowRunner.Push(ctx, EngineContract.Handoff);
                break;
            case GlobalCommand.DeleteData:
                FlowRunner.Push(ctx, EngineContract.Privacy, EngineContract.PrivacyDeleteEntry);
                break;
            case GlobalCommand.Privacy:
                FlowRunner.Push(ctx, EngineContract.Privacy);
                break;
            case GlobalCommand.Overdose:
                FlowRunner.Push(ctx, EngineContract.OverdoseResponse);
                break;
        }
    }
}
