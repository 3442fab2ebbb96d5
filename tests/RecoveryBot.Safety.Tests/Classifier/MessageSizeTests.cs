using System.IO.Compression;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// Message size decides how far the classifier may go alone: short replies get at most a check-in at a higher flag;
/// messages of a sentence or more that the rules found nothing in get the check-in at the lower long-message flag.
/// </summary>
public sealed class MessageSizeTests
{
    private static readonly LayerThresholds Cuts = new(0.4f, 0.46f, 0.27f);
    private static readonly ClassifierVerdict InTheLongBand = new(0.1f, 0.2f, CrisisCategory.Suicide);

    [Theory]
    [InlineData("idk", MessageSize.Short)]
    [InlineData("ya no", MessageSize.Short)]
    [InlineData("tired and stressed lately", MessageSize.Normal)]
    [InlineData("i dont really know what to say to you", MessageSize.Long)]
    [InlineData("went to the store, paid my phone bill and then i gave my sister the dog for good", MessageSize.Long)]
    [InlineData("🙂 🙂 🙂 🙂 🙂 🙂 🙂 🙂", MessageSize.Long)]
    public void Size_CountsWordsAndEmoji(string text, MessageSize expected) => MessageSizes.Of(text).ShouldBe(expected);

    [Fact]
    public void WordCount_StopsAtWhatTheCallerNeeds()
    {
        var story = string.Join(' ', Enumerable.Repeat("word", 5000));
        MessageWords.Count(story, MessageSizes.LongMinWords).ShouldBe(MessageSizes.LongMinWords);
        MessageWords.Count("don't stop, it's fine", 100).ShouldBe(4);
    }

    [Fact]
    public void ALongMessageTheRulesFoundNothingIn_GetsTheCheckInAtTheLongFlag()
    {
        LayeredDecision.Combine(CrisisAssessment.NoRisk, InTheLongBand, Cuts, null, MessageSize.Long).Level.ShouldBe(CrisisLevel.Concern);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, InTheLongBand, Cuts, null, MessageSize.Normal).Level.ShouldBe(CrisisLevel.None);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, InTheLongBand, Cuts, null, MessageSize.Short).Level.ShouldBe(CrisisLevel.None);
    }

    [Fact]
    public void ALongMessageReadAsAnIdiom_KeepsTheOrdinaryFlag() =>
        LayeredDecision.Combine(CrisisAssessment.IdiomOnly, InTheLongBand, Cuts, null, MessageSize.Long)
            .ShouldBeSameAs(CrisisAssessment.IdiomOnly);

    [Fact]
    public void BelowTheLongFlag_ALongMessageStaysNone() =>
        LayeredDecision.Combine(CrisisAssessment.NoRisk, new ClassifierVerdict(0.1f, 0.1f, CrisisCategory.Suicide), Cuts, null,
            MessageSize.Long).ShouldBeSameAs(CrisisAssessment.NoRisk);

    [Fact]
    public void ALongFlagAboveTheFlag_NeverRaisesTheBar()
    {
        var odd = new LayerThresholds(0.4f, 0.3f, 0.5f);
        LayeredDecision.Combine(CrisisAssessment.NoRisk, new ClassifierVerdict(0.1f, 0.25f, CrisisCategory.Suicide), odd, null,
            MessageSize.Long).Level.ShouldBe(CrisisLevel.Concern);
    }

    /// <summary>Ordinary answers to the check-in's "how have you been feeling?" must not get the screening question.</summary>
    [Theory]
    [InlineData("I've been a bit tired and stressed with work, but mostly okay.")]
    [InlineData("had a decent week, went to two meetings and called my sponsor")]
    [InlineData("he ido bien, un poco cansada por el trabajo pero tranquila")]
    public void AnOrdinaryLongAnswer_WithTheCommittedModel_IsNone(string text) =>
        ClassifierPaths.Layered.Assess(text, null).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void AFormatOneModel_UsesTheOrdinaryFlagForLongMessages()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(gzip))
        {
            w.Write(0x434C4252u); // "RBLC"
            w.Write(1);
            w.Write(10);
            w.Write(LinearModel.Classes);
            w.Write(0.4f);
            w.Write(0.46f);
            for (var k = 0; k < LinearModel.Classes; k++) w.Write(0f);
            w.Write(1f);
            w.Write7BitEncodedInt(0);
        }
        stream.Position = 0;
        ModelFile.Load(stream).Thresholds.ShouldBe(new LayerThresholds(0.4f, 0.46f, 0.46f));
    }
}
