using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Safety.Classifier;

/// <summary>What one training run produced: the model (thresholds included), its quantisation scale and the CV table.</summary>
public sealed record TrainingResult(LinearModel Model, float Scale, IReadOnlyList<OutOfFold> OutOfFold, string Report);

/// <summary>
/// The whole recipe behind <c>recoverybot safety train</c> and the reproducibility test: lexicon examples + the
/// given files; every file not named <c>training-*</c> (and the lexicon examples) is a cross-validation fold; the
/// thresholds come from the out-of-fold predictions (the crisis cut-off then lifted, if needed, above the reviewed
/// idioms and near-misses: NearMissGuard); the final model is trained on everything. Files are read in
/// file-name order, so the same files give the same model whatever paths or order the command line uses.
/// </summary>
public static class ClassifierTraining
{
    public const string TrainingOnlyPrefix = "training-";

    /// <param name="withLexicon">
    /// False leaves the lexicon examples out (an audit: the lexicon's later phrase families were written after
    /// reading the holdout files, so leaving them out gives the stricter estimate of unseen wording).
    /// </param>
    public static TrainingResult Run(string safetyDirectory, IReadOnlyList<string> dataFiles, TrainerOptions? options = null,
        bool withLexicon = true)
    {
        var o = options ?? new TrainerOptions();
        var rules = CrisisDetector.FromDirectory(safetyDirectory);
        var all = new List<LabelledExample>(withLexicon ? TrainingData.FromLexicon(safetyDirectory, rules) : []);
        foreach (var f in dataFiles.OrderBy(Path.GetFileName, StringComparer.Ordinal)) all.AddRange(TrainingData.LoadJsonl(f));
        var folds = all.Select(e => e.Group).Distinct()
            .Where(g => !g.StartsWith(TrainingOnlyPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var oof = CrossValidation.Run(all, folds, rules, o);
        var thresholds = ThresholdChooser.Choose(oof);
        var (model, scale) = CrossValidation.TrainAll(all, rules, o);
        var guarded = NearMissGuard.Apply(thresholds, model, all, rules, CrossValidation.Extractor(rules, o));
        var header = $"examples: {all.Count} ({string.Join(", ", all.GroupBy(e => e.Group).Select(g => $"{g.Key} {g.Count()}"))})\n"
            + $"options: {o}\n"
            + (guarded == thresholds ? "" : $"near-miss guard: crisis cut-off {thresholds.Crisis:0.000} -> {guarded.Crisis:0.000} (NearMissGuard)\n");
        return new TrainingResult(model.WithThresholds(guarded), scale, oof, header + CvScore.Table(oof, guarded));
    }
}
