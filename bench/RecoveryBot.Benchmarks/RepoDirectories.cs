namespace RecoveryBot.Benchmarks;

/// <summary>The repository's dialogs/ folder, found by walking up from the benchmark binary (BenchmarkDotNet runs it from bin/…).</summary>
public static class RepoDirectories
{
    public static string Dialogs { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RecoveryBot.sln")))
                {
                    return Path.Combine(dir.FullName, "dialogs");
                }
            }
        }
        throw new DirectoryNotFoundException("RecoveryBot.sln not found above the benchmark binary or the working directory.");
    }
}
