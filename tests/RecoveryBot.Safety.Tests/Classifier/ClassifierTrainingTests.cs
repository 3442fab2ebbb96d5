using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>
/// The model is never an unexplained blob: training is deterministic and the committed file is reproducible.
/// Runs alone (its own non-parallel collection): retraining takes both cores for seconds, which would starve the
/// time-out tests of the second opinion running beside it.
/// </summary>
[Collection(ClassifierTrainingCollection.Name)]
public sealed class ClassifierTrainingTests
{
    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void StableHash_MatchesPublishedFnv1aVectors(string s, uint expected)
    {
        // FNV-1a 32-bit test vectors (ASCII = UTF-16 code units here): fixed in code, not per process.
        StableHash.Add(0x811c9dc5u, s).ShouldBe(expected);
    }

    [Fact]
    public void Features_AreTheSameForTheSameWordsWhateverTheSurfaceForm()
    {
        var fx = new FeatureExtractor(RepoPaths.Detector.Lexicon.Normalizer, 16);
        var a = fx.Extract("ME MATO").ToArray();
        fx.Extract("me mato!!").ToArray().ShouldBe(a);
        fx.Extract("me mató").ToArray().ShouldBe(a);
        a.ShouldAllBe(f => f >= 0 && f < fx.Buckets);
        a.Length.ShouldBe(2 + 1 + (3 * 2 - 3) + (3 * 4 - 3)); // 2 unigrams, 1 bigram, char 3–5-grams of "<me>" and "<mato>"
    }

    [Fact]
    public void Training_TwiceOnTheSameData_GivesIdenticalWeights()
    {
        var examples = TrainingData.LoadJsonl(ClassifierPaths.Data("holdout-3.jsonl"));
        var o = new TrainerOptions { Epochs = 4 };
        var first = CrossValidation.TrainAll(examples, RepoPaths.Detector, o);
        var second = CrossValidation.TrainAll(examples, RepoPaths.Detector, o);
        second.Model.Weights.ShouldBe(first.Model.Weights);
        second.Model.Bias.ShouldBe(first.Model.Bias);
        second.Scale.ShouldBe(first.Scale);
    }

    /// <summary>
    /// The folds train side by side; their held-out predictions must be those of one fold at a time, in fold order,
    /// whatever thread finished first.
    /// </summary>
    [Fact]
    public void CrossValidation_InParallel_EqualsOneFoldAtATime()
    {
        var examples = new[] { "holdout-3.jsonl", "holdout-4.jsonl", "holdout-5.jsonl" }
            .SelectMany(f => TrainingData.LoadJsonl(ClassifierPaths.Data(f))).ToList();
        var folds = examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var o = new TrainerOptions { Epochs = 2, BucketBits = 14 };
        var together = CrossValidation.Run(examples, folds, RepoPaths.Detector, o);
        var oneByOne = folds.SelectMany(f => CrossValidation.Run(examples, [f], RepoPaths.Detector, o)).ToList();
        together.Select(r => r.Example.Id).ShouldBe(oneByOne.Select(r => r.Example.Id));
        together.Select(r => r.Verdict).ShouldBe(oneByOne.Select(r => r.Verdict));
        together.Select(r => r.Example.Group).Distinct().ShouldBe(folds);
    }

    [Fact]
    public void ModelFile_RoundTrip_KeepsEveryWeightAndThreshold()
    {
        var examples = TrainingData.LoadJsonl(ClassifierPaths.Data("holdout-3.jsonl"));
        var (model, scale) = CrossValidation.TrainAll(examples, RepoPaths.Detector, new TrainerOptions { Epochs = 2 });
        model = model.WithThresholds(new LayerThresholds(0.75f, 0.5f, 0.3f));
        using var stream = new MemoryStream();
        ModelFile.Save(model, scale, stream);
        stream.Position = 0;
        var loaded = ModelFile.Load(stream);
        loaded.Weights.ShouldBe(model.Weights);
        loaded.Bias.ShouldBe(model.Bias);
        loaded.Thresholds.ShouldBe(model.Thresholds);
    }

    [Fact]
    public void ModelFile_NotAModel_IsRejectedClearly()
    {
        using var stream = new MemoryStream("not a model"u8.ToArray());
        Should.Throw<InvalidDataException>(() => ModelFile.Load(stream));
    }

    /// <summary>
    /// Retrains exactly as dialogs/safety/README.md says and compares with the committed model.bin: same thresholds
    /// and, on every labelled message, the same layered level and class probabilities (to float noise).
    /// </summary>
    [Fact]
    public void Retraining_FromCommittedData_ReproducesTheCommittedModel()
    {
        var committed = ModelFile.Load(ClassifierPaths.Model);
        var result = ClassifierTraining.Run(RepoPaths.SafetyDialogs, ClassifierPaths.TrainingFiles);
        result.Model.Thresholds.ShouldBe(committed.Thresholds);
        result.Model.BucketBits.ShouldBe(committed.BucketBits);
        var fx = new FeatureExtractor(RepoPaths.Detector.Lexicon.Normalizer, committed.BucketBits);
        Span<float> a = stackalloc float[LinearModel.Classes];
        Span<float> b = stackalloc float[LinearModel.Classes];
        var compared = 0;
        foreach (var e in ClassifierPaths.AllExamples())
        {
            var f = fx.Extract(e.Text);
            committed.Probabilities(f, a);
            result.Model.Probabilities(f, b);
            for (var k = 0; k < LinearModel.Classes; k++) Math.Abs(a[k] - b[k]).ShouldBeLessThan(1e-3f, e.Id);
            var rules = RepoPaths.Detector.Assess(e.Text, null);
            LayeredDecision.Combine(rules, LinearModel.Summarise(a), committed.Thresholds, null).Level
                .ShouldBe(LayeredDecision.Combine(rules, LinearModel.Summarise(b), result.Model.Thresholds, null).Level, e.Id);
            compared++;
        }
        compared.ShouldBeGreaterThan(1900);
    }

    [Fact]
    public void ClassifierClasses_RoundTripEveryCrisisCategory()
    {
        foreach (var c in Enum.GetValues<CrisisCategory>().Where(c => c != CrisisCategory.None))
        {
            var cls = ClassifierClasses.Of(CrisisLevel.Crisis, c);
            ClassifierClasses.Level(cls).ShouldBe(CrisisLevel.Crisis);
            ClassifierClasses.Category(cls).ShouldBe(c);
        }
        ClassifierClasses.Of(CrisisLevel.Concern, CrisisCategory.Overdose).ShouldBe(ClassifierClasses.Concern);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClassifierTrainingCollection
{
    public const string Name = "classifier training";
}
