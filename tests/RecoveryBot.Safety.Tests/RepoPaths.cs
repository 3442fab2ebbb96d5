using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Safety.Tests;

/// <summary>Finds the repository (the folder holding RecoveryBot.sln) above the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string SafetyDialogs => Path.Combine(Root, "dialogs", "safety");
    public static string DevSet => Path.Combine(Root, "..", "..", "shared", "safety", "crisis-dev.jsonl");
    public static string ExtraEval => Path.Combine(Root, "tests", "RecoveryBot.Safety.Tests", "data", "extra-eval.jsonl");
    public static string Holdout2 => Path.Combine(Root, "tests", "RecoveryBot.Safety.Tests", "data", "holdout-2.jsonl");
    public static string Holdout(int n) => Path.Combine(Root, "tests", "RecoveryBot.Safety.Tests", "data", $"holdout-{n}.jsonl");

    /// <summary>One compiled detector for all tests (compiling is the slow part).</summary>
    public static CrisisDetector Detector { get; } = CrisisDetector.FromDirectory(SafetyDialogs);

    /// <summary>The shared dev set lives outside the repo (/work/shared); CI copies may put it beside the tests.</summary>
    public static string DevSetPath()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("RECOVERYBOT_CRISIS_DEV") ?? "",
                     Path.Combine(Root, "tests", "RecoveryBot.Safety.Tests", "data", "crisis-dev.jsonl"), DevSet,
                     "/work/shared/safety/crisis-dev.jsonl" })
        {
            if (candidate.Length > 0 && File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("crisis-dev.jsonl not found (set RECOVERYBOT_CRISIS_DEV)");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RecoveryBot.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("RecoveryBot.sln not found above " + AppContext.BaseDirectory);
    }
}
