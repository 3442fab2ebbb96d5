using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Safety.Classifier;

/// <summary>One held-out prediction: what the rules said and what a model that never saw the item's file said.</summary>
public sealed record OutOfFold(LabelledExample Example, CrisisAssessment Rules, ClassifierVerdict Verdict)
{
    /// <summary>The item's <see cref="MessageSize"/>; read once per candidate cut-off, so kept.</summary>
    public MessageSize Size { get; } = MessageSizes.Of(Example.Text);
}

/// <summary>
/// Grouped cross-validation (brief §2): for each fold group (a whole file), train on every other group and predict
/// that one, so the numbers estimate unseen wording rather than memory. Training items whose normalised words equal a
/// held-out item's are dropped from that fold (the lexicon examples repeat a few evaluation phrases).
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<FeaturisedExample> Featurise(IEnumerable<LabelledExample> examples, FeatureExtractor fx) =>
        examples.Select(e => new FeaturisedExample(fx.Extract(e.Text).ToArray(), e.Class, 1f)).ToList();

    public static (LinearModel Model, float Scale) TrainAll(IReadOnlyList<LabelledExample> all, CrisisDetector rules, TrainerOptions o) =>
        ModelTrainer.Train(Featurise(all, Extractor(rules, o)), o);

    public static FeatureExtractor Extractor(CrisisDetector rules, TrainerOptions o) => new(rules.Lexicon.Normalizer, o.BucketBits);

    public static IReadOnlyList<OutOfFold> Run(IReadOnlyList<LabelledExample> all, IReadOnlyList<string> foldGroups,
        CrisisDetector rules, TrainerOptions o)
    {
        var fx = Extractor(rules, o);
        var featurised = Featurise(all, fx);
        var keys = all.Select(e => Key(e.Text, fx)).ToArray();
        // The folds are independent (each trainer is single-threaded and seeded), so they run side by side and are
        // joined in fold order: the same predictions as one after another, in about half the time on two cores.
        var perFold = new List<OutOfFold>[foldGroups.Count];
        Parallel.For(0, foldGroups.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            g => perFold[g] = HeldOut(all, featurised, keys, foldGroups[g], rules, o));
        return [.. perFold.SelectMany(f => f)];
    }

    private static List<OutOfFold> HeldOut(IReadOnlyList<LabelledExample> all, IReadOnlyList<FeaturisedExample> featurised,
        string[] keys, string group, CrisisDetector rules, TrainerOptions o)
    {
        var heldOutKeys = Enumerable.Range(0, all.Count).Where(i => all[i].Group == group).Select(i => keys[i]).ToHashSet();
        var train = Enumerable.Range(0, all.Count)
            .Where(i => all[i].Group != group && !heldOutKeys.Contains(keys[i]))
            .Select(i => featurised[i]).ToList();
        var (model, _) = ModelTrainer.Train(train, o);
        var results = new List<OutOfFold>();
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Group != group) continue;
            results.Add(new OutOfFold(all[i], rules.Assess(all[i].Text, null), model.Verdict(featurised[i].Features)));
        }
        return results;
    }

    /// <summary>The message's normalised words, for near-duplicate detection.</summary>
    private static string Key(string text, FeatureExtractor fx)
    {
        var chars = new char[Normalization.TextNormalizer.BufferSizeFor(text.Length)];
        var tokens = new Normalization.TokenSpan[text.Length + 8];
        var n = fx.Normalizer.Normalize(text, chars, tokens);
        return string.Join(' ', tokens.Take(n).Where(t => (t.Flags & Normalization.TokenFlags.Punctuation) == 0)
            .Select(t => new string(chars, t.Start, t.Length)));
    }
}
