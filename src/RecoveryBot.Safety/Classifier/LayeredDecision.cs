using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// How the classifier joins the rules (SAFETY-NOTES §4.3 (c), §7 rule 10) with crisis-safe semantics: it may only
/// raise. A rule crisis is final; a rule concern that came from a context modifier (negated, historical,
/// hypothetical, third person, trivial joke) is final too, because the rules are authoritative for context.
/// Shared by the detector and by threshold selection, so cross-validation scores exactly what runs.
/// </summary>
public static class LayeredDecision
{
    public const string CrisisCue = "classifier:crisis";
    public const string ConcernCue = "classifier:concern";

    /// <summary>True when the classifier must not be consulted at all.</summary>
    public static bool RulesAreFinal(CrisisAssessment rules)
    {
        if (rules.Level == CrisisLevel.Crisis) return true;
        if (rules.Level == CrisisLevel.None) return false;
        foreach (var cue in rules.CueIds)
        {
            if (cue is "ctx.negated" or "ctx.historical" or "ctx.hypothetical" or "ctx.third_person" or "ctx.trivial_joke") return true;
        }
        return false;
    }

    /// <remarks>
    /// Conversation memory (§7 rule 8) is applied by the rules, which see it: after a crisis turn they already keep
    /// a casual message at concern ("mem.after_crisis"). A classifier concern does not escalate that to crisis the
    /// way a rule cue does: on short replies ("I'm fine", "stop waiting") the model has little evidence and its
    /// concern band is not precise enough to re-alarm a person mid-handoff; only its own crisis cut-off raises.
    /// </remarks>
    public static CrisisAssessment Combine(CrisisAssessment rules, ClassifierVerdict v, LayerThresholds t, RiskMemory? recent)
    {
        _ = recent; // the rules' verdict already carries the memory (see remarks)
        if (RulesAreFinal(rules)) return rules;
        var level = v.Crisis >= t.Crisis ? CrisisLevel.Crisis : v.Flag >= t.Flag ? CrisisLevel.Concern : CrisisLevel.None;
        if (level <= rules.Level) return rules;
        var category = rules.Category != CrisisCategory.None ? rules.Category : v.Category;
        var cues = new string[rules.CueIds.Count + 1];
        for (var i = 0; i < rules.CueIds.Count; i++) cues[i] = rules.CueIds[i];
        cues[^1] = level == CrisisLevel.Crisis ? CrisisCue : ConcernCue;
        return new CrisisAssessment(level, category, cues);
    }
}
