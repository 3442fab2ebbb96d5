using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// A frame while a turn runs: mutable, and copied back to an immutable <see cref="DialogFrame"/> at the end. An
/// untouched frame is returned as the same object, and answers are copied only when one is written.
/// </summary>
internal sealed class WorkingFrame
{
    /// <summary>The step id of a frame whose flow has run past its last step.</summary>
    public const string EndOfFlow = "$end";

    private readonly DialogFrame? _original;
    private IReadOnlyDictionary<string, string> _answers;
    private Dictionary<string, string>? _owned;

    public WorkingFrame(DialogFrame original, Flow? flow)
    {
        _original = original;
        Flow = flow;
        FlowId = original.FlowId;
        Version = original.ContentVersion;
        StepId = original.StepId;
        Attempts = original.Attempts;
        Entering = original.Entering;
        _answers = original.Answers;
    }

    public WorkingFrame(Flow flow, string stepId)
    {
        Flow = flow;
        FlowId = flow.Id;
        Version = flow.Version;
        StepId = stepId;
        Entering = true;
        _answers = DialogFrame.NoAnswers;
    }

    public Flow? Flow { get; }
    public string FlowId { get; }
    public string Version { get; }
    public string StepId { get; set; }
    public int Attempts { get; set; }
    public bool Entering { get; set; }
    public IReadOnlyDictionary<string, string> Answers => _answers;

    /// <summary>The flow was removed or its content version changed since this frame began (ARCHITECTURE §5).</summary>
    public bool Outdated => Flow is null || !string.Equals(Flow.Version, Version, StringComparison.Ordinal)
        || (StepId != EndOfFlow && Flow.Find(StepId) is null);

    public Step? CurrentStep => Flow?.Find(StepId);

    /// <summary>The ask step this frame waits at, if it is waiting for an answer.</summary>
    public Step? WaitingAsk => !Entering && CurrentStep is { Kind: StepKind.Ask } s ? s : null;

    public void GoTo(string? stepId)
    {
        StepId = stepId ?? EndOfFlow;
        Entering = true;
        Attempts = 0;
    }

    public void Set(string key, string value)
    {
        _owned ??= new Dictionary<string, string>(_answers, StringComparer.Ordinal);
        _owned[key] = value;
        _answers = _owned;
    }

    public DialogFrame ToFrame()
    {
        if (_original is not null && _owned is null && _original.StepId == StepId && _original.Attempts == Attempts
            && _original.Entering == Entering)
        {
            return _original;
        }
        return new DialogFrame
        {
            FlowId = FlowId,
            ContentVersion = Version,
            StepId = StepId,
            Attempts = Attempts,
            Entering = Entering,
            Answers = _answers,
        };
    }
}
