using System.Text;
using System.Text.Json;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Transcripts;

/// <summary>
/// Plays a transcript against the engine, turn by turn, saving and reloading the state as JSON between turns
/// (as the pipeline stores it), and reports every mismatch as <c>file:line: turn N: …</c>.
/// </summary>
public sealed class TranscriptRunner(IDialogEngine engine)
{
    public IReadOnlyList<string> Run(Transcript transcript)
    {
        var failures = new List<string>();
        var state = DialogState.Empty;
        var locale = transcript.Locale;
        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            locale = turn.Locale ?? locale;
            var input = new DialogInput(
                turn.Start ? InputKind.ConversationStarted : InputKind.Message,
                turn.Say, turn.Tap, locale, ParseRisk(turn.Risk), turn.Category, turn.Channel ?? transcript.Channel, turn.Source);
            void Fail(string message) => failures.Add($"{transcript.File}:{turn.Line}: turn {i + 1}: {message}");
            DialogTurn result;
            try
            {
                result = engine.Run(state, input);
            }
            catch (Exception e)
            {
                Fail($"the engine threw {e.GetType().Name}: {e.Message}");
                return failures;
            }
            state = JsonSerializer.Deserialize<DialogState>(JsonSerializer.Serialize(result.State))!;
            Check(turn, result, state, Fail);
        }
        return failures;
    }

    private static void Check(TranscriptTurn turn, DialogTurn result, DialogState state, Action<string> fail)
    {
        var ids = result.Replies.Select(r => r.ContentId).ToArray();
        if (turn.Expect is { } expect && !expect.SequenceEqual(ids))
        {
            fail($"expected replies [{string.Join(", ", expect)}] but got [{string.Join(", ", ids)}]");
        }
        var effects = result.Effects.Select(e => e.Detail is null ? e.Kind.ToString() : $"{e.Kind}:{e.Detail}").ToArray();
        foreach (var want in turn.Effects)
        {
            if (!effects.Any(e => e == want || e.StartsWith(want + ":", StringComparison.Ordinal)))
            {
                fail($"expected effect {want} among [{string.Join(", ", effects)}]");
            }
        }
        foreach (var unwanted in turn.NoEffects)
        {
            if (effects.Any(e => e == unwanted || e.StartsWith(unwanted + ":", StringComparison.Ordinal)))
            {
                fail($"did not expect effect {unwanted} among [{string.Join(", ", effects)}]");
            }
        }
        var all = AllText(result);
        foreach (var s in turn.Contains)
        {
            if (!all.Contains(s, StringComparison.Ordinal))
            {
                fail($"expected the replies to contain \"{s}\"");
            }
        }
        foreach (var s in turn.NotContains)
        {
            if (all.Contains(s, StringComparison.Ordinal))
            {
                fail($"did not expect the replies to contain \"{s}\"");
            }
        }
        var top = state.Stack.Count == 0 ? "empty" : $"{state.Stack[^1].FlowId}/{state.Stack[^1].StepId}";
        if (turn.Top is not null && turn.Top != top)
        {
            fail($"expected to wait at {turn.Top} but waits at {top}");
        }
        foreach (var (key, value) in turn.Answers)
        {
            var got = state.Stack.Count == 0 ? null : state.Stack[^1].Answers.GetValueOrDefault(key);
            if (got != value)
            {
                fail($"expected answer {key}={value} but got {got ?? "(none)"}");
            }
        }
    }

    private static string AllText(DialogTurn result)
    {
        var sb = new StringBuilder();
        foreach (var r in result.Replies)
        {
            sb.Append(r.Text).Append('\n');
            foreach (var c in r.Choices)
            {
                sb.Append(c.Title).Append('\n');
            }
            foreach (var l in r.Links)
            {
                sb.Append(l.Title).Append(' ').Append(l.Url).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static RiskSignal ParseRisk(string? risk) => risk switch
    {
        "crisis" => RiskSignal.Crisis,
        "concern" => RiskSignal.Concern,
        _ => RiskSignal.None,
    };

    /// <summary>Every *.yaml under <paramref name="directory"/>, sorted; parse problems are failures too.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        [.. System.IO.Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> RunFile(string path, string displayName)
    {
        var problems = new List<ContentProblem>();
        var transcript = TranscriptParser.Parse(path, displayName, problems);
        var failures = problems.Select(p => p.ToString()).ToList();
        if (transcript is not null && problems.Count == 0)
        {
            failures.AddRange(Run(transcript));
        }
        return failures;
    }
}
