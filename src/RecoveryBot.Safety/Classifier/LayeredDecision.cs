using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// How the classifier joins the rules (SAFETY-NOTES §4.3 (c), §7 rules 10–11) with crisis-safe semantics: it may only
/// raise. A rule crisis is final. A rule concern that came from a negation, a hypothetical or a trivial-joke trigger is
/// final too: the notes prescribe concern there. A rule concern that came only from reading the mention as past or as
/// about someone else can still be raised to crisis when the classifier is sure (p(crisis) ≥
/// <see cref="ContextOverrideCrisis"/>): those context reads misfire on "first night out of prison and i did the same
/// amount i used to" or "my son said he wants to die and locked himself in the bathroom", and §7 rule 11 says to choose
/// crisis when unsure. Shared by the detector and by threshold selection, so cross-validation scores exactly what runs.
/// </summary>
public static class LayeredDecision
{
    public const string CrisisCue = "classifier:crisis";
    public const string ConcernCue = "classifier:concern";

    /// <summary>
    /// p(crisis) needed to raise a past/third-person concern. Chosen on grouped cross-validation (cv-report.txt): at
    /// 0.5 the held-out predictions raise 1 crisis and 2 concern items of 97 such concerns, and no none item.
    /// </summary>
    public const float ContextOverrideCrisis = 0.5f;

    /// <summary>True when the classifier must not be consulted at all.</summary>
    public static bool RulesAreFinal(CrisisAssessment rules)
    {
        if (rules.Level == CrisisLevel.Crisis) return true;
        if (rules.Level == CrisisLevel.None) return false;
        foreach (var cue in rules.CueIds)
        {
            if (cue is "ctx.negated" or "ctx.hypothetical" or "ctx.trivial_joke") return true;
        }
        return false;
    }

    /// <summary>A concern the rules lowered by reading the mention as past or about someone else.</summary>
    private static bool ConcernFromPastOrOthers(CrisisAssessment rules)
    {
        if (rules.Level != CrisisLevel.Concern) return false;
        foreach (var cue in rules.CueIds)
        {
            if (cue is "ctx.historical" or "ctx.third_person") return true;
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
        if (ConcernFromPastOrOthers(rules))
        {
            return v.Crisis >= Math.Max(ContextOverrideCrisis, t.Crisis) ? Raise(rules, CrisisLevel.Crisis, v) : rules;
        }
        var level = v.Crisis >= t.Crisis ? CrisisLevel.Crisis : v.Flag >= t.Flag ? CrisisLevel.Concern : CrisisLevel.None;
        return level <= rules.Level ? rules : Raise(rules, level, v);
    }

    private static CrisisAssessment Raise(CrisisAssessment rules, CrisisLevel level, ClassifierVerdict v)
    {
        var category = rules.Category != CrisisCategory.None ? rules.Category : v.Category;
        var cues = new string[rules.CueIds.Count + 1];
        for (var i = 0; i < rules.CueIds.Count; i++) cues[i] = rules.CueIds[i];
        cues[^1] = level == CrisisLevel.Crisis ? CrisisCue : ConcernCue;
        return new CrisisAssessment(level, category, cues);
    }
}
