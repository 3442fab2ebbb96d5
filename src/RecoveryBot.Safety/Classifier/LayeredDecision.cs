using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;

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
    public const string MemoryCue = "mem.escalated";

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

    public static CrisisAssessment Combine(CrisisAssessment rules, ClassifierVerdict v, LayerThresholds t, RiskMemory? recent)
    {
        if (RulesAreFinal(rules)) return rules;
        var level = v.Crisis >= t.Crisis ? CrisisLevel.Crisis : v.Flag >= t.Flag ? CrisisLevel.Concern : CrisisLevel.None;
        var escalated = false;
        if (level == CrisisLevel.Concern && RiskMemoryRules.RecentCrisis(recent))
        {
            // Same as the rules (§7 rule 8): risky words right after a crisis turn escalate.
            level = CrisisLevel.Crisis;
            escalated = true;
        }
        if (level <= rules.Level) return rules;
        var category = rules.Category != CrisisCategory.None ? rules.Category
            : escalated && recent!.LastCategory != CrisisCategory.None ? recent.LastCategory : v.Category;
        var cues = new string[rules.CueIds.Count + (escalated ? 2 : 1)];
        for (var i = 0; i < rules.CueIds.Count; i++) cues[i] = rules.CueIds[i];
        cues[rules.CueIds.Count] = escalated ? ConcernCue : level == CrisisLevel.Crisis ? CrisisCue : ConcernCue;
        if (escalated) cues[^1] = MemoryCue;
        return new CrisisAssessment(level, category, cues);
    }
}
