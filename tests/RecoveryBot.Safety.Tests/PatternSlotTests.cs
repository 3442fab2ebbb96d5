using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Tests;

/// <summary>
/// The pattern compiler keeps multi-word alternatives inside their slot (one compiled pattern per written pattern),
/// so the matcher has to honour, per slot, single words, phrases, optional slots, gaps carried past skipped optional
/// slots, a start on an optional slot's successor, and sentence ends. A tiny in-memory lexicon isolates those rules.
/// </summary>
public sealed class PatternSlotTests
{
    private static readonly CompiledLexicon Lexicon = CompiledLexicon.Compile([Tiny()]);
    private static readonly CrisisDetector Detector = new(Lexicon);

    [Theory]
    [InlineData("i stood on the roof edge tonight")]                 // phrase in slot 2, single word in slot 3
    [InlineData("stood on the ledge and i cant")]                      // optional subject skipped: starts on "stood"
    [InlineData("i stood on the very top of the bridge")]             // phrase slot with a gap before it
    [InlineData("i am standing at the top of the bridge")]            // phrase alternatives in slot 1 too
    [InlineData("honestly i stood on the roof edge")]                 // anywhere in the message
    public void EveryCombinationOfPhrasesMatches(string text) =>
        Detector.Assess(text, null).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    [InlineData("i stood on the. roof edge")]          // a gap never crosses a sentence end
    [InlineData("i stood on the roof")]                // the last slot is required
    [InlineData("i stood near my bridge")]             // words of a phrase must be consecutive and in order
    [InlineData("edge roof the on stood i")]
    public void PartialOrBrokenPhrasesDoNotMatch(string text) =>
        Detector.Assess(text, null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void OptionalSlotsCarryTheirGapToTheNextSlot() =>
        // "[really]" is skipped; the ~ (3 words) before it still applies before "gone", whose own gap is ~2.
        Detector.Assess("i want to be just so very gone", null).Level.ShouldBe(CrisisLevel.Crisis);

    [Fact]
    public void OnePatternPerWrittenPattern_EvenWithThousandsOfCombinations()
    {
        // Branching every multi-word and optional alternative would give test.ledge alone 2 × 4 × 4 variants.
        Lexicon.Patterns.Length.ShouldBe(Lexicon.PatternSources);
    }

    [Fact]
    public void APatternOfOnlyOptionalSlots_MatchesWhenAnyPartIsThere_ButNeverEmpty()
    {
        Detector.Assess("zzqx now", null).Level.ShouldBe(CrisisLevel.Concern);
        Detector.Assess("nothing here", null).Level.ShouldBe(CrisisLevel.None);
    }

    [Theory]
    [InlineData("kill me ~6 {lol|🤦}")]   // an emoji the pattern normaliser drops
    [InlineData("kill me {now|%}")]       // a symbol that is neither a word nor a sentence break
    public void AnAlternativeWithNoWord_IsRefused_BecauseItWouldMakeItsSlotOptional(string pattern)
    {
        var doc = Tiny();
        doc.Entries.Add(new() { Id = "test.bad", Kind = "idiom", Patterns = [pattern] });
        Should.Throw<InvalidDataException>(() => CompiledLexicon.Compile([doc])).Message.ShouldContain("has no word");
    }

    [Fact]
    public void AWrittenEmptyAlternative_IsStillOptional()
    {
        var doc = Tiny();
        doc.Entries.Add(new() { Id = "test.empty_alt", Kind = "risk", Category = "suicide", Level = "concern", Patterns = ["qqzx {now|}"] });
        new CrisisDetector(CompiledLexicon.Compile([doc])).Assess("qqzx", null).Level.ShouldBe(CrisisLevel.Concern);
    }

    [Theory]
    [InlineData("qzv blue qzend")]            // the second of three phrases sharing a first word
    [InlineData("qzv red green qzend")]       // the third, after two that start on the same word and fail
    [InlineData("qzstemming red qzend")]      // a phrase starting on a stem ("qzstem*")
    [InlineData("qzv blue qzfin")]            // a phrase written after the empty alternative
    [InlineData("qzfin")]                     // the empty alternative itself
    public void AStartSlot_FindsEveryPhraseStartingOnItsWord(string text) =>
        // The matcher looks up a start slot's phrases by their first word instead of trying each in turn.
        StartPhrases().Assess(text, null).Level.ShouldBe(CrisisLevel.Concern);

    [Theory]
    [InlineData("qzv green qzend")]           // a phrase's first word alone is not the phrase
    [InlineData("qzstem red qzx")]            // the slot after the phrases is still required
    [InlineData("qzv red green")]
    public void AStartSlot_NeedsAWholePhraseAndWhatFollows(string text) =>
        StartPhrases().Assess(text, null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void APatternMissingEveryWordOfARequiredSlot_IsSkippedBeforeItsSlotsAreWalked()
    {
        var ledge = Lexicon.Patterns.Single(p => Lexicon.Entries[p.EntryIndex].Id == "test.ledge");
        ledge.MayMatch(SignatureOf("i stood on the roof edge")).ShouldBeTrue();
        ledge.MayMatch(SignatureOf("i stood on the corner")).ShouldBeFalse();   // no word of the last slot
        ledge.MayMatch(SignatureOf("the railing is cold")).ShouldBeFalse();      // no word of the second slot
        // The optional "[i]" is not required: its absence does not rule the pattern out.
        ledge.MayMatch(SignatureOf("stood on the ledge")).ShouldBeTrue();
    }

    [Fact]
    public void ASignatureOnlySaysMaybe_TheSlotWalkDecides()
    {
        // "roof" starts the phrase "roof edge", so the signature lets the pattern through; the walk then refuses it.
        var ledge = Lexicon.Patterns.Single(p => Lexicon.Entries[p.EntryIndex].Id == "test.ledge");
        ledge.MayMatch(SignatureOf("i stood on the roof")).ShouldBeTrue();
        Detector.Assess("i stood on the roof", null).Level.ShouldBe(CrisisLevel.None);
        // Ids 256 apart share a bit (a "maybe"), and no word (id -1) sets none.
        PatternSlot.SignatureOf([5]).ShouldBe(PatternSlot.SignatureOf([261]));
        PatternSlot.SignatureOf([-1]).ShouldBe(PatternSlot.SignatureOf([]));
    }

    /// <summary>The message's ids as the matcher sees them, folded into its signature.</summary>
    private static System.Runtime.Intrinsics.Vector256<ulong> SignatureOf(string text)
    {
        var chars = new char[Normalization.TextNormalizer.BufferSizeFor(text.Length)];
        var tokens = new Normalization.TokenSpan[text.Length + 8];
        var n = Lexicon.Normalizer.Normalize(text, chars, tokens);
        var exact = new int[n];
        var prefix = new int[n];
        for (var i = 0; i < n; i++)
        {
            Lexicon.Vocabulary.Resolve(chars.AsSpan(tokens[i].Start, tokens[i].Length), tokens[i].Flags, out exact[i], out prefix[i]);
        }
        return Matching.PatternMatcher.Signature(exact, prefix);
    }

    private static CrisisDetector StartPhrases()
    {
        var doc = Tiny();
        doc.Entries.Add(new()
        {
            Id = "test.start_phrases", Kind = "risk", Category = "suicide", Level = "concern",
            Patterns = ["{qzv red|qzv blue|qzstem* red|qzv red green} qzend", "{qzv red||qzv blue} qzfin"],
        });
        return new CrisisDetector(CompiledLexicon.Compile([doc]));
    }

    private static LexiconDocument Tiny() => new()
    {
        Version = 1,
        Review = new ReviewInfo { By = "test", On = "2026-11-26" },
        Entries =
        [
            new()
            {
                Id = "test.ledge", Kind = "risk", Category = "suicide", Level = "crisis",
                Patterns = ["[i] {stood on|am standing at|standing on|was on} ~2 {roof edge|ledge|top of the bridge|bridge rail|rail|railing}"],
            },
            new()
            {
                Id = "test.gone", Kind = "risk", Category = "suicide", Level = "crisis",
                Patterns = ["{i|me} {want to|wanna|need to|gotta} be ~ [really] ~2 gone"],
            },
            new() { Id = "test.optional_only", Kind = "risk", Category = "suicide", Level = "concern", Patterns = ["[zzqx] [yyqx]"] },
        ],
    };
}
