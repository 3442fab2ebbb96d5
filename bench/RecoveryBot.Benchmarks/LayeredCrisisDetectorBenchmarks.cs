using BenchmarkDotNet.Attributes;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;
using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// The learned layer's cost on top of the rules (brief: ≤ 5 µs for a typical message, nothing allocated but the
/// result). Rule-only and layered side by side on the same messages; "raised" is a message only the classifier flags.
/// </summary>
/// The machine is shared (load ≫ cores), so Min is reported too: it is the figure least inflated by other work.
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class LayeredCrisisDetectorBenchmarks
{
    private const string Typical = "I keep thinking about drinking again tonight";
    private const string Raised = "my wife is screaming that she will stab me";
    private CrisisDetector _rules = null!;
    private LayeredCrisisDetector _layered = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(RepoDirectories.Dialogs, "safety");
        _rules = CrisisDetector.FromDirectory(dir);
        _layered = LayeredCrisisDetector.FromDirectory(dir);
    }

    [Benchmark(Baseline = true)]
    public CrisisAssessment RulesTypical() => _rules.Assess(Typical, "en");

    [Benchmark]
    public CrisisAssessment LayeredTypical() => _layered.Assess(Typical, "en");

    [Benchmark]
    public CrisisAssessment RulesRaised() => _rules.Assess(Raised, "en");

    [Benchmark]
    public CrisisAssessment LayeredRaised() => _layered.Assess(Raised, "en");

    /// <summary>The learned layer alone (normalise, hash, score): the layered cost minus the rules.</summary>
    [Benchmark]
    public float ClassifierOnlyTypical() => _layered.Classify(Typical).Crisis;

    [Benchmark]
    public CrisisAssessment LayeredRuleCrisis() => _layered.Assess("i want to end my life", "en");
}
