using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>Crisis-safe semantics of the layered detector over every labelled message we have (property-style).</summary>
public sealed class LayeredDetectorTests
{
    private static readonly RiskMemory?[] Memories =
    [
        null,
        RiskMemory.Empty.After(new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Suicide, ["x"])),
        RiskMemory.Empty.After(new CrisisAssessment(CrisisLevel.Concern, CrisisCategory.Overdose, ["x"])),
        new RiskMemory(CrisisLevel.Crisis, CrisisCategory.Medical, 3, 9),
    ];

    // The layered detector lowers nothing except through the veto: a rule crisis the model is all but sure is ordinary
    // talk becomes a check-in (concern, never none), keeps its category and cues, and a crisis the conversation memory
    // holds is never lowered. On the labelled messages the model was trained on, no message labelled crisis is lowered;
    // a lexicon example's label is the rules' own verdict, so one the veto lowers is listed by name (it is a rule false
    // alarm to mend with an idiom, as "the best thing ive eaten all year" was in round 38).
    [Fact]
    public void Layered_LowersOnlyByTheVeto_ToACheckIn_OnAnyMessageWithAnyMemory()
    {
        var checkedCount = 0;
        var vetoed = 0;
        var lexiconCrisisLowered = new List<string>();
        foreach (var e in ClassifierPaths.AllExamples())
        {
            foreach (var memory in Memories)
            {
                var rules = RepoPaths.Detector.Assess(e.Text, e.Id.Contains("-es-") ? "es" : "en", memory);
                var layered = ClassifierPaths.Layered.Assess(e.Text, null, memory);
                if (rules.Category != CrisisCategory.None) layered.Category.ShouldBe(rules.Category, e.Id);
                foreach (var cue in rules.CueIds) layered.CueIds.ShouldContain(cue, e.Id);
                if (layered.Level < rules.Level)
                {
                    rules.Level.ShouldBe(CrisisLevel.Crisis, e.Id);
                    layered.Level.ShouldBe(CrisisLevel.Concern, e.Id);
                    layered.CueIds.ShouldContain(LayeredDecision.VetoCue, e.Id);
                    rules.CueIds.ShouldNotContain(c => c.StartsWith("mem.", StringComparison.Ordinal), e.Id);
                    if (e.Id.StartsWith("lexicon:", StringComparison.Ordinal)) lexiconCrisisLowered.Add(e.Id + " | " + e.Text);
                    else e.Level.ShouldNotBe(CrisisLevel.Crisis, e.Id);
                    vetoed++;
                }
                else if (rules.Level == CrisisLevel.Crisis)
                {
                    layered.CueIds.ShouldBe(rules.CueIds, e.Id);
                }
                if (layered.Level > rules.Level) layered.CueIds.ShouldContain(c => c.StartsWith("classifier:", StringComparison.Ordinal), e.Id);
                checkedCount++;
            }
        }
        lexiconCrisisLowered.Distinct().ShouldBeEmpty();
        checkedCount.ShouldBeGreaterThan(4 * 1900);
        vetoed.ShouldBeLessThan(checkedCount / 100);
    }

    [Fact]
    public void LexiconIdiomsAndNearMisses_StayBelowCrisis()
    {
        var examples = TrainingData.FromLexicon(RepoPaths.SafetyDialogs, RepoPaths.Detector)
            .Where(e => e.Id.StartsWith("lexicon:not:", StringComparison.Ordinal) || e.Id.StartsWith("lexicon:idiom:", StringComparison.Ordinal))
            .Where(e => e.Level == CrisisLevel.None)
            .ToList();
        examples.Count.ShouldBeGreaterThan(100);
        examples.Where(e => ClassifierPaths.Layered.Assess(e.Text, null).Level == CrisisLevel.Crisis)
            .Select(e => e.Id).ShouldBeEmpty();
    }

    /// <summary>Wordings no phrase list had (SAFETY-NOTES §4.3): the rules say none, the learned layer raises them.</summary>
    [Theory]
    [InlineData("how many of my sleeping pills would it take so i just dont wake up", CrisisLevel.Crisis, CrisisCategory.Overdose)]
    [InlineData("my wife is screaming that she will stab me", CrisisLevel.Concern, CrisisCategory.AbuseDanger)]
    [InlineData("i think about disappearing a lot", CrisisLevel.Concern, CrisisCategory.Suicide)]
    public void RuleMiss_IsRaisedAndNamesTheClassifierInTheCues(string text, CrisisLevel level, CrisisCategory category)
    {
        var rules = RepoPaths.Detector.Assess(text, "en");
        var a = ClassifierPaths.Layered.Assess(text, "en");
        ((int)a.Level).ShouldBeGreaterThanOrEqualTo((int)level);
        a.Category.ShouldBe(category);
        if (rules.Level < level)
        {
            // Still a rule miss (the lexicon may learn these words later): the raise must say who made it.
            a.CueIds.ShouldContain(a.Level == CrisisLevel.Crisis ? LayeredDecision.CrisisCue : LayeredDecision.ConcernCue);
        }
    }

    [Fact]
    public void CommittedModel_HasThresholdsChosenByCrossValidation()
    {
        var t = ClassifierPaths.Layered.Model.Thresholds;
        t.Crisis.ShouldBeInRange(0.05f, 1f);
        t.Flag.ShouldBeInRange(0.05f, 1f);
    }

    [Fact]
    public void OrRules_WithoutAModel_FallsBackToTheRules()
    {
        var empty = Directory.CreateTempSubdirectory("rb-no-model");
        try
        {
            LayeredCrisisDetector.OrRules(RepoPaths.Detector, empty.FullName).ShouldBeSameAs(RepoPaths.Detector);
            LayeredCrisisDetector.OrRules(RepoPaths.Detector, RepoPaths.SafetyDialogs).ShouldBeOfType<LayeredCrisisDetector>();
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void OrdinaryMessage_AllocatesNothing()
    {
        const string text = "what time does the group meet tonight, my sponsor said 7";
        var d = ClassifierPaths.Layered;
        for (var i = 0; i < 5; i++) d.Assess(text, "en");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) d.Assess(text, "en");
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }

    [Fact]
    public void EmptyText_IsNoRisk()
    {
        ClassifierPaths.Layered.Assess("", "en").ShouldBeSameAs(CrisisAssessment.NoRisk);
        ClassifierPaths.Layered.Assess("   ", "en").Level.ShouldBe(CrisisLevel.None);
    }
}
