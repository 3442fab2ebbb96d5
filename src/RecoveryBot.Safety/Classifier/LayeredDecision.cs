using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// How the classifier joins the rules (SAFETY-NOTES §4.3 (c), §7 rules 10–11) with crisis-safe semantics: it never
/// lowers anything to none. A rule concern from a trivial-joke trigger is final (§6 makes that concern on purpose). A
/// rule crisis stands unless the classifier is all but sure the message is not a crisis (p(crisis) below
/// <see cref="VetoCrisis"/> and p(crisis)+p(concern) below <see cref="VetoFlag"/>): then it becomes a check-in
/// (concern), so the person is still asked directly (§7 rule 10: rules for recall, the classifier for precision). A
/// one- or two-word reply, and a crisis the conversation memory holds, are never lowered. The other context reads can
/// misfire, and §7 rule 11 says to choose crisis when unsure, so the classifier may raise them when it is sure:
/// <list type="bullet">
/// <item>a concern read as past or as about someone else, at p(crisis) ≥ <see cref="ContextOverrideCrisis"/> ("first
/// night out of prison and i did the same amount i used to", "my son said he wants to die and locked himself in the
/// bathroom");</item>
/// <item>a concern read as negated or hypothetical, at the higher p(crisis) ≥ <see cref="NegationOverrideCrisis"/>,
/// because a real negation must stay concern (§4.2): the rules' negation and hypothetical scopes misfire on a no
/// that is part of the story or the danger ("when i said no he shoved me down. hes still in the house yelling",
/// "if she doesnt answer by midnight im ending it", "what happens if someone took 15 benadryl? asking bc i did").</item>
/// </list>
/// Where the rules found nothing, the classifier raises at its own cut-offs, with two brakes: a message whose only
/// reading is a reviewed benign idiom needs <see cref="IdiomOverrideCrisis"/> for crisis, and a one- or two-word
/// <see cref="ShortReply"/> is raised to concern at most; and one widening: a long message the rules found nothing in
/// gets the check-in question at the lower <see cref="LayerThresholds.LongFlag"/> (<see cref="MessageSize.Long"/>).
/// Shared by the detector, threshold selection and the near-miss guard, so cross-validation scores exactly what runs.
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

    /// <summary>
    /// p(crisis) needed to raise a negated or hypothetical concern. On grouped cross-validation no held-out concern
    /// item of that kind reaches 0.8 (the highest is 0.76, "i don't want to die, i just want the pain to stop"); on
    /// holdout-14, which was never a fold, four crisis items the negation or hypothetical scope had misread sat at
    /// 0.85–0.91.
    /// </summary>
    public const float NegationOverrideCrisis = 0.8f;

    /// <summary>
    /// p(crisis) needed to call crisis a message the rules read as a reviewed benign idiom and nothing else
    /// (<see cref="CrisisAssessment.IdiomOnly"/>); below it the classifier can still ask the check-in question. On grouped
    /// cross-validation 352 held-out messages had that reading: the one crisis among them ("id rather be dead than go
    /// back in and i honestly dont see another way out") scored 0.82, and the none items above the ordinary cut-off
    /// ("the puppy shredded my couch cushion, im going to kill him (i love him)", "phone is on 2% and about to die")
    /// scored below 0.5.
    /// </summary>
    public const float IdiomOverrideCrisis = 0.7f;

    /// <summary>
    /// Below this p(crisis) (and <see cref="VetoFlag"/>) a rule crisis becomes a check-in. Round 37 set 0.05; round 38
    /// raised it to 0.10 on two samples. The round-37 model on data it had never seen (holdout-130..-135): of the 660
    /// messages the rules call crisis, 0 of 593 labelled crisis fall under 0.10 (0 under 0.15), and 8 of 25 labelled
    /// none do (4 under 0.05). The grouped cross-validation's held-out predictions: 3 labelled crises of the holdout
    /// folds fall under 0.10 (a rope "on my corporate card", "does hanging hurt or is it quick", bolts loosened on a
    /// rack someone uses; the final model, trained on them, scores each above 0.5), 5 under 0.15. A lowered crisis
    /// still gets the direct check-in question for its category, never none; 0.15 was not taken because its two
    /// further lowered crises were indirect goodbyes ("tell chat i said bye") that a check-in answers less well.
    /// </summary>
    public const float VetoCrisis = 0.10f;

    /// <summary>
    /// p(crisis)+p(concern) below which, with <see cref="VetoCrisis"/>, a rule crisis becomes a check-in. Rounds 37 and 38
    /// used 0.20; round 39 raised it to 0.50 by a rule fixed before its end measure: the highest of 0.20, 0.30, 0.40 and
    /// 0.50 that lowers no more held-out holdout crises than 0.20 does (2 in that round's grouped cross-validation, at
    /// every one of the four) and no labelled crisis on sets the model never saw (holdout-136..-141 with the round-38
    /// model: none at 0.50, where 17 of 32 ordinary messages the rules call crisis fall under it, 13 under 0.20). A
    /// model that puts p(concern) high and p(crisis) low is saying "check in", which is what the veto gives; the flag
    /// cut-off only keeps the veto to messages the model does not also read as a crisis in waiting.
    /// </summary>
    public const float VetoFlag = 0.50f;

    /// <summary>The cue that says the classifier lowered a rule crisis to a check-in.</summary>
    public const string VetoCue = "classifier:veto";

    /// <summary>True when the classifier must not be consulted at all.</summary>
    public static bool RulesAreFinal(CrisisAssessment rules)
    {
        if (rules.Level == CrisisLevel.Crisis) return HeldByMemory(rules);
        if (rules.Level == CrisisLevel.None) return false;
        return HasCue(rules, "ctx.trivial_joke");
    }

    /// <summary>A verdict the conversation memory set or raised (§7 rule 8: a casual next message does not reset it).</summary>
    private static bool HeldByMemory(CrisisAssessment rules)
    {
        foreach (var cue in rules.CueIds)
        {
            if (cue.StartsWith("mem.", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool HasCue(CrisisAssessment rules, string cueId)
    {
        foreach (var cue in rules.CueIds)
        {
            if (cue == cueId) return true;
        }
        return false;
    }

    /// <summary>
    /// For a concern the rules lowered by a context read, the p(crisis) that overrides it: negated or hypothetical
    /// (checked first, the stricter floor), else past or about someone else; null when no context read lowered it.
    /// </summary>
    private static float? ContextOverrideFloor(CrisisAssessment rules)
    {
        if (rules.Level != CrisisLevel.Concern) return null;
        if (HasCue(rules, "ctx.negated") || HasCue(rules, "ctx.hypothetical")) return NegationOverrideCrisis;
        if (HasCue(rules, "ctx.historical") || HasCue(rules, "ctx.third_person")) return ContextOverrideCrisis;
        return null;
    }

    /// <remarks>
    /// Conversation memory (§7 rule 8) is applied by the rules, which see it: after a crisis turn they already keep
    /// a casual message at concern ("mem.after_crisis"). A classifier concern does not escalate that to crisis the
    /// way a rule cue does: on short replies ("I'm fine", "stop waiting") the model has little evidence and its
    /// concern band is not precise enough to re-alarm a person mid-handoff; only its own crisis cut-off raises.
    /// </remarks>
    /// <param name="size">
    /// <see cref="MessageSize.Short"/>: the classifier may raise the message to concern at most, and only at
    /// p(crisis)+p(concern) ≥ max(Tr, <see cref="ShortReply.MinFlag"/>) ("stop waiting", a command, scored 0.37 crisis
    /// and 0.07 concern and must cancel the handoff request, not open a check-in). <see cref="MessageSize.Long"/>: with
    /// no rule reading at all (not even an idiom), the check-in needs only <see cref="LayerThresholds.LongFlag"/>.
    /// </param>
    public static CrisisAssessment Combine(CrisisAssessment rules, ClassifierVerdict v, LayerThresholds t, RiskMemory? recent,
        MessageSize size = MessageSize.Normal)
    {
        var shortReply = size == MessageSize.Short;
        _ = recent; // the rules' verdict already carries the memory (see remarks)
        if (RulesAreFinal(rules)) return rules;
        if (rules.Level == CrisisLevel.Crisis)
        {
            // A model without a usable crisis cut-off (ThresholdChooser's fallback, or none chosen) vetoes nothing.
            var sure = v.Crisis < VetoCrisis && v.Flag < VetoFlag && !shortReply && t.Crisis < LayerThresholds.Off.Crisis;
            return sure ? With(rules, CrisisLevel.Concern, rules.Category, VetoCue) : rules;
        }
        if (ContextOverrideFloor(rules) is { } floor)
        {
            return v.Crisis >= Math.Max(floor, t.Crisis) && !shortReply ? Raise(rules, CrisisLevel.Crisis, v) : rules;
        }
        var idiomOnly = rules.Level == CrisisLevel.None && HasCue(rules, CrisisAssessment.IdiomCue);
        var crisisCut = idiomOnly ? Math.Max(IdiomOverrideCrisis, t.Crisis) : t.Crisis;
        var flagCut = size switch
        {
            MessageSize.Short => Math.Max(t.Flag, ShortReply.MinFlag),
            MessageSize.Long when rules.Level == CrisisLevel.None && !idiomOnly => Math.Min(t.LongFlag, t.Flag),
            _ => t.Flag,
        };
        var level = shortReply
            ? (v.Flag >= flagCut ? CrisisLevel.Concern : CrisisLevel.None)
            : v.Crisis >= crisisCut ? CrisisLevel.Crisis
            : v.Flag >= flagCut ? CrisisLevel.Concern
            : CrisisLevel.None;
        return level <= rules.Level ? rules : Raise(rules, level, v);
    }

    private static CrisisAssessment Raise(CrisisAssessment rules, CrisisLevel level, ClassifierVerdict v) =>
        With(rules, level, rules.Category != CrisisCategory.None ? rules.Category : v.Category,
            level == CrisisLevel.Crisis ? CrisisCue : ConcernCue);

    /// <summary>
    /// The rules' verdict moved by the classifier: every rule cue stays and the classifier's own cue is added, so audits
    /// show both (a lowered crisis keeps its category, so the check-in asks about the right danger).
    /// </summary>
    private static CrisisAssessment With(CrisisAssessment rules, CrisisLevel level, CrisisCategory category, string cue)
    {
        var cues = new string[rules.CueIds.Count + 1];
        for (var i = 0; i < rules.CueIds.Count; i++) cues[i] = rules.CueIds[i];
        cues[^1] = cue;
        return new CrisisAssessment(level, category, cues);
    }
}
