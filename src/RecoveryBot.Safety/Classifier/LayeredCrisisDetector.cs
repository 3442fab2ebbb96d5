using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// The rule detector plus the learned layer (brief §3): rules first; when they are not final, the linear
/// classifier may raise none → concern/crisis or concern → crisis, or make a rule crisis it is all but sure is
/// ordinary talk a check-in (<see cref="LayeredDecision"/>). Thread-safe; allocates only the result, and only when it
/// changes the rules' verdict (per-thread scratch, flat weight table).
/// </summary>
public sealed class LayeredCrisisDetector(CrisisDetector rules, LinearModel model) : ICrisisDetector
{
    public const string ModelFileName = "model.bin";
    public const string ModelFolder = "classifier";

    private readonly FeatureExtractor features = new(rules.Lexicon.Normalizer, model.BucketBits);

    public CrisisDetector Rules { get; } = rules;
    public LinearModel Model { get; } = model;

    /// <summary>The rules from <paramref name="safetyDirectory"/> plus <c>classifier/model.bin</c> beside them.</summary>
    public static LayeredCrisisDetector FromDirectory(string safetyDirectory) => new(
        CrisisDetector.FromDirectory(safetyDirectory),
        ModelFile.Load(Path.Combine(safetyDirectory, ModelFolder, ModelFileName)));

    /// <summary>
    /// What <c>AddCrisisDetection</c> registers: the layered detector when <c>classifier/model.bin</c> sits beside
    /// the lexicon, else the rules alone (a lexicon folder without a model, e.g. in tests, keeps working).
    /// </summary>
    public static ICrisisDetector OrRules(CrisisDetector rules, string safetyDirectory)
    {
        var path = Path.Combine(safetyDirectory, ModelFolder, ModelFileName);
        return File.Exists(path) ? new LayeredCrisisDetector(rules, ModelFile.Load(path)) : rules;
    }

    public CrisisAssessment Assess(string text, string? locale, RiskMemory? recent = null)
    {
        var verdict = Rules.Assess(text, recent, out var normalized);
        if (LayeredDecision.RulesAreFinal(verdict) || string.IsNullOrWhiteSpace(text)) return verdict;
        return LayeredDecision.Combine(verdict, Model.Verdict(features.Extract(normalized)), Model.Thresholds, recent,
            MessageSizes.Of(text));
    }

    /// <summary>The classifier alone (probabilities), for evaluation and audits.</summary>
    public ClassifierVerdict Classify(string text) => Model.Verdict(features.Extract(text));
}
