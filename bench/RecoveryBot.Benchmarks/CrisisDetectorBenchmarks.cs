using BenchmarkDotNet.Attributes;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// The safety stage runs on every message before anything else (ARCHITECTURE §3), so its cost is paid by every
/// turn: a typical message with no risk, a crisis message, and a long message with the crisis words buried.
/// </summary>
[MemoryDiagnoser]
public class CrisisDetectorBenchmarks
{
    private CrisisDetector _detector = null!;
    private string _longBuried = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _detector = CrisisDetector.FromDirectory(Path.Combine(RepoDirectories.Dialogs, "safety"));
        var filler = string.Concat(Enumerable.Repeat(
            "Work was long today and the bus was late again, so I got home after dark and made some tea. ", 30));
        _longBuried = filler + "honestly I just want to kill myself tonight. " + filler;
    }

    [Benchmark(Baseline = true)]
    public CrisisAssessment TypicalNone() => _detector.Assess("I keep thinking about drinking again tonight", "en");

    [Benchmark]
    public CrisisAssessment Crisis() => _detector.Assess("i want to end my life", "en");

    [Benchmark]
    public CrisisAssessment LongBuried() => _detector.Assess(_longBuried, "en");
}
