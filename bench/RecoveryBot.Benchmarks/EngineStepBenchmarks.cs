using BenchmarkDotNet.Attributes;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// One dialog step as a turn runs it: the state after "hi" → "mental health" → "fine", then the person's answer is
/// recognised against the question's choices and the next prompt is produced (IDialogEngine.Run).
/// </summary>
[MemoryDiagnoser]
public class EngineStepBenchmarks
{
    private DialogEngine _engine = null!;
    private DialogState _atQuestion = DialogState.Empty;
    private DialogInput _answer = null!;
    private DialogInput _greeting = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DialogEngine(ContentCatalog.Load(RepoDirectories.Dialogs));
        var state = DialogState.Empty;
        foreach (var text in new[] { "hi", "mental health", "fine" })
        {
            state = _engine.Run(state, Say(text)).State;
        }
        _atQuestion = state;
        _answer = Say("Several days");
        _greeting = new DialogInput(InputKind.ConversationStarted, null, null, "en", Channel: "directline");

        var check = _engine.Run(_atQuestion, _answer);
        if (check.Replies.Count == 0)
        {
            throw new InvalidOperationException("The benchmark step produced no reply: content changed, update the script.");
        }
    }

    [Benchmark(Baseline = true)]
    public DialogTurn AnswerRecognisedNextPrompt() => _engine.Run(_atQuestion, _answer);

    [Benchmark]
    public DialogTurn Welcome() => _engine.Run(DialogState.Empty, _greeting);

    private static DialogInput Say(string text) => new(InputKind.Message, text, null, "en", Channel: "directline");
}
