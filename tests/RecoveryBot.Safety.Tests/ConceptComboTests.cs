using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// The compositional layer (SAFETY-NOTES §4.3 (c)/(e)) on a tiny in-memory lexicon, so the engine's rules are tested
/// apart from the reviewed vocabulary: co-occurrence scope, ConText modifiers on combos, idioms, load-time checks.
/// </summary>
public sealed class ConceptComboTests
{
    private static readonly CrisisDetector Tiny = new(CompiledLexicon.Compile([TinyLexicon()]));

    [Theory]
    [InlineData("i want to vanish")]
    [InlineData("honestly i think i want to just vanish")]
    public void AllConceptsInOneSentence_FireTheCombo(string text)
    {
        var a = Tiny.Assess(text, null);
        a.Level.ShouldBe(CrisisLevel.Crisis);
        a.CueIds.ShouldContain("combo.vanish");
    }

    [Fact]
    public void ConceptsInDifferentSentences_DoNotFireASentenceCombo() =>
        Tiny.Assess("i want pizza. vanish is a word.", null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void MessageScope_CombinesSentences() =>
        Tiny.Assess("gave away my dog. letters are written.", null).CueIds.ShouldContain("combo.pair");

    [Fact]
    public void NegationRightBeforeAConcept_LowersToConcern()
    {
        var a = Tiny.Assess("i don't want to vanish", null);
        a.Level.ShouldBe(CrisisLevel.Concern);
        a.CueIds.ShouldContain("ctx.negated");
    }

    [Fact]
    public void NegationBeforeTheSubjectWordOnly_DoesNotNegate() =>
        Tiny.Assess("without doubt i want to vanish", null).Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void ThirdPersonExperiencer_UsesTheThirdLevel() =>
        Tiny.Assess("my brother said i want to vanish", null).Level.ShouldBe(CrisisLevel.Concern);

    [Fact]
    public void ConceptInsideAnIdiom_CountsForNothing() =>
        Tiny.Assess("i want to vanish into a book", null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void UnlessConcept_BlocksTheCombo() =>
        Tiny.Assess("i want to vanish in the movie", null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void NoConcepts_AllocateNothingButStayNone() =>
        Tiny.Assess("what time is group", null).ShouldBeSameAs(CrisisAssessment.NoRisk);

    [Fact]
    public void UnknownConceptInACombo_FailsAtLoad()
    {
        var doc = TinyLexicon();
        doc.Entries.Add(new LexiconEntryDocument { Id = "combo.bad", Kind = "combo", Category = "suicide", Level = "crisis", All = ["nope"] });
        Should.Throw<InvalidDataException>(() => CompiledLexicon.Compile([doc])).Message.ShouldContain("unknown concept 'nope'");
    }

    [Fact]
    public void ComboWithPatterns_FailsAtLoad()
    {
        var doc = TinyLexicon();
        doc.Entries.Add(new LexiconEntryDocument
        {
            Id = "combo.bad", Kind = "combo", Category = "suicide", Level = "crisis", All = ["self"], Patterns = ["x"],
        });
        Should.Throw<InvalidDataException>(() => CompiledLexicon.Compile([doc]));
    }

    [Fact]
    public void MoreThanMaxConcepts_FailAtLoad()
    {
        var doc = TinyLexicon();
        for (var i = 0; i < ConceptRegistry.MaxConcepts; i++)
        {
            doc.Entries.Add(new LexiconEntryDocument { Id = $"concept.c{i}", Kind = "concept", Patterns = [$"word{i}"] });
        }
        Should.Throw<InvalidDataException>(() => CompiledLexicon.Compile([doc])).Message.ShouldContain("256");
    }

    // The mask was 64 bits until the lexicon outgrew it, then 128 until round 37. Concepts registered past each old
    // limit must still combine, and a combo on high bits must not fire from the bits 64 or 128 places lower (a
    // truncated shift or a dropped half would alias them).
    [Theory]
    [InlineData(90, 80, 89, "word60 and word61 and word62", "word16 and word25")]
    [InlineData(240, 200, 239, "word72 and word111", "word136 and word175")]
    public void ConceptsPastAnOldLimit_StillCombine(int concepts, int a, int b, string lower, string aliased)
    {
        var doc = TinyLexicon();
        for (var i = 0; i < concepts; i++)
        {
            doc.Entries.Add(new LexiconEntryDocument { Id = $"concept.c{i}", Kind = "concept", Patterns = [$"word{i}"] });
        }
        doc.Entries.Add(new LexiconEntryDocument
        {
            Id = "combo.high", Kind = "combo", Category = "suicide", Level = "crisis", All = [$"concept.c{a}", $"concept.c{b}"],
        });
        var detector = new CrisisDetector(CompiledLexicon.Compile([doc]));
        detector.Assess($"word{a} and word{b}", null).CueIds.ShouldContain("combo.high");
        detector.Assess($"word{b} alone", null).Level.ShouldBe(CrisisLevel.None);
        detector.Assess(lower, null).Level.ShouldBe(CrisisLevel.None);
        detector.Assess(aliased, null).Level.ShouldBe(CrisisLevel.None);
    }

    private static LexiconDocument TinyLexicon() => new()
    {
        Version = 1,
        Review = new ReviewInfo { By = "test", On = "2026-12-03" },
        Entries =
        [
            new() { Id = "ctx.negation", Kind = "negation", Patterns = ["{not|dont|don't|without}"] },
            new() { Id = "ctx.third", Kind = "third_person", Patterns = ["my brother"] },
            new() { Id = "ctx.info", Kind = "info", Patterns = ["movie"] },
            new() { Id = "idiom.into", Kind = "idiom", Patterns = ["vanish into"] },
            new() { Id = "concept.self", Kind = "concept", Concept = "self", Flags = ["subject"], Patterns = ["{i|me}"] },
            new() { Id = "concept.intent", Kind = "concept", Concept = "intent", Patterns = ["{want to|going to}"] },
            new() { Id = "concept.ending", Kind = "concept", Concept = "ending", Patterns = ["vanish"] },
            new() { Id = "concept.disposal", Kind = "concept", Concept = "disposal", Patterns = ["gave away"] },
            new() { Id = "concept.farewell", Kind = "concept", Concept = "farewell", Patterns = ["letters"] },
            new()
            {
                Id = "combo.vanish", Kind = "combo", Category = "suicide", Level = "crisis", Third = "concern",
                All = ["self", "intent", "ending"], Unless = ["info"],
            },
            new()
            {
                Id = "combo.pair", Kind = "combo", Category = "suicide", Level = "crisis", Scope = "message", Min = 2,
                Of = ["disposal", "farewell"],
            },
        ],
    };
}
