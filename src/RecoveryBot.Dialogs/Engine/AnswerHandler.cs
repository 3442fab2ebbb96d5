using System.Globalization;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// Recognises an answer to the question the top frame waits at, or asks again kindly; after the step's maximum
/// attempts the flow moves on (never loops forever).
/// </summary>
internal static class AnswerHandler
{
    /// <summary>Free text kept as an answer (only when a step names a key) is capped: state stays small.</summary>
    private const int MaxSavedText = 200;

    public static void Handle(TurnContext ctx, WorkingFrame frame, Step step, DialogInput input, string normalized)
    {
        switch (step.Prompt)
        {
            case PromptKind.Choice or PromptKind.Confirm:
                var index = -1;
                if (input.ChoiceValue is { } value)
                {
                    index = step.Table!.FindValue(value);
                }
                if (index < 0)
                {
                    index = step.Table!.Match(normalized);
                }
                if (index >= 0)
                {
                    Choose(ctx, frame, step, step.EffectiveChoices[index]);
                    return;
                }
                Retry(ctx, frame, step, "didnt-catch", null);
                return;
            case PromptKind.Number:
                if (!ctx.Catalog.Numbers.TryRead(normalized, out var n))
                {
                    Retry(ctx, frame, step, "number-range", RangeArgs(step));
                    return;
                }
                if (n < step.Min || n > step.Max)
                {
                    Retry(ctx, frame, step, "number-range", RangeArgs(step));
                    return;
                }
                Accept(ctx, frame, step, n.ToString(CultureInfo.InvariantCulture));
                return;
            case PromptKind.Zip:
                if (NumberRecognizer.TryReadZip(normalized, out var zip))
                {
                    Accept(ctx, frame, step, zip);
                    return;
                }
                Retry(ctx, frame, step, "zip-retry", null);
                return;
            default:
                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    Retry(ctx, frame, step, "didnt-catch", null);
                    return;
                }
                var text = input.Text.Trim();
                Accept(ctx, frame, step, text.Length > MaxSavedText ? text[..MaxSavedText] : text);
                return;
        }
    }

    private static Dictionary<string, string> RangeArgs(Step step) => new()
    {
        ["min"] = (step.Min ?? 0).ToString(CultureInfo.InvariantCulture),
        ["max"] = (step.Max ?? 0).ToString(CultureInfo.InvariantCulture),
    };

    private static void Accept(TurnContext ctx, WorkingFrame frame, Step step, string value)
    {
        if (step.Save is not null)
        {
            frame.Set(step.Save, value);
        }
        frame.GoTo(FlowRunner.NextOf(ctx, frame, step));
        FlowRunner.Drive(ctx);
    }

    private static void Choose(TurnContext ctx, WorkingFrame frame, Step step, Choice choice)
    {
        if (step.Save is not null)
        {
            frame.Set(step.Save, choice.Value);
        }
        if (choice.Score is { } points)
        {
            foreach (var total in step.Score)
            {
                var sum = frame.Answers.TryGetValue(total, out var s)
                    && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
                frame.Set(total, (sum + points).ToString(CultureInfo.InvariantCulture));
            }
        }
        frame.GoTo(choice.Goto ?? FlowRunner.NextOf(ctx, frame, step));
        if (choice.Escalate == "crisis")
        {
            // The flow resumes at its next step after the crisis flow (e.g. PHQ-9 results after item 9).
            var category = choice.Category ?? frame.Answers.GetValueOrDefault("category") ?? "suicide";
            SafetyInterruptions.StartCrisis(ctx, category);
            return;
        }
        FlowRunner.Drive(ctx);
    }

    private static void Retry(TurnContext ctx, WorkingFrame frame, Step step, string messageId,
        IReadOnlyDictionary<string, string>? args)
    {
        frame.Attempts++;
        if (frame.Attempts < step.MaxAttempts)
        {
            ctx.Say(ReplyRenderer.Retry(ctx, frame, step, messageId, args));
            return;
        }
        if (step.GiveUp is not null)
        {
            frame.GoTo(step.GiveUp);
        }
        else if (step.Prompt == PromptKind.Text)
        {
            frame.GoTo(FlowRunner.NextOf(ctx, frame, step));
        }
        else
        {
            ctx.Say("moving-on");
            FlowRunner.End(ctx, frame, null);
        }
        FlowRunner.Drive(ctx);
    }
}
