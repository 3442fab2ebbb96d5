using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Storage.Privacy;

namespace RecoveryBot.Host.Privacy;

/// <summary>
/// The dialog state keeps what a person answered (a text prompt's words, a ZIP code) so later steps can use it.
/// Those answers are stored in the conversation record, so they are redacted like every other stored text
/// (issue 7). Only answers that are new or changed in this turn are redacted: earlier ones were redacted when they
/// were stored, and an optional recognizer service must not be called again for them on every turn.
/// </summary>
public static class StoredAnswers
{
    public static async ValueTask<DialogState> RedactNewAsync(DialogState before, DialogState after, ITextRedactor redactor,
        string? locale, CancellationToken ct)
    {
        DialogFrame[]? frames = null;
        for (var i = 0; i < after.Stack.Count; i++)
        {
            var frame = after.Stack[i];
            var earlier = i < before.Stack.Count && before.Stack[i].FlowId == frame.FlowId ? before.Stack[i].Answers : DialogFrame.NoAnswers;
            Dictionary<string, string>? answers = null;
            foreach (var (key, value) in frame.Answers)
            {
                if (earlier.TryGetValue(key, out var stored) && stored == value)
                {
                    continue;
                }
                var redacted = await redactor.RedactAsync(value, locale, ct);
                if (redacted != value)
                {
                    answers ??= new Dictionary<string, string>(frame.Answers, StringComparer.Ordinal);
                    answers[key] = redacted;
                }
            }
            if (answers is not null)
            {
                frames ??= [.. after.Stack];
                frames[i] = frame with { Answers = answers };
            }
        }
        return frames is null ? after : after with { Stack = frames };
    }
}
