using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Host.Turns;

/// <summary>Translates the detector's verdict into the engine's vocabulary and the ids used in logs and content.</summary>
public static class SafetyNames
{
    public static RiskSignal ToSignal(CrisisLevel level) => level switch
    {
        CrisisLevel.Crisis => RiskSignal.Crisis,
        CrisisLevel.Concern => RiskSignal.Concern,
        _ => RiskSignal.None,
    };

    public static string? ToId(CrisisCategory category) => category switch
    {
        CrisisCategory.Suicide => "suicide",
        CrisisCategory.SelfHarm => "self_harm",
        CrisisCategory.Overdose => "overdose",
        CrisisCategory.HarmOthers => "harm_others",
        CrisisCategory.AbuseDanger => "abuse_danger",
        CrisisCategory.Medical => "medical",
        _ => null,
    };

    /// <summary>
    /// A concern only the learned classifier raised (the rules found no reviewed wording): the check-in opens with a
    /// softer question. A classifier raise to concern always starts from a rules verdict of none
    /// (<see cref="LayeredDecision.Combine"/>), so its cue is the evidence.
    /// </summary>
    public static RiskSource ToSource(CrisisAssessment assessment) =>
        assessment.Level == CrisisLevel.Concern && assessment.CueIds.Contains(LayeredDecision.ConcernCue)
            ? RiskSource.ModelOnly
            : RiskSource.Rules;

    /// <summary>The more urgent of two verdicts (the first wins a tie: it was made without memory, before state).</summary>
    public static CrisisAssessment MoreUrgent(CrisisAssessment first, CrisisAssessment second) =>
        second.Level > first.Level ? second : first;
}
