namespace RecoveryBot.Benchmarks;

/// <summary>The repository's folders, found by walking up from the benchmark binary (BenchmarkDotNet runs it from bin/…).</summary>
public static class RepoDirectories
{
    private static readonly string Root = Find();

    public static string Dialogs { get; } = Path.Combine(Root, "dialogs");

    /// <summary>The host project, the content root of the in-process turn benchmark.</summary>
    public static string Host { get; } = Path.Combine(Root, "src", "RecoveryBot.Host");

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RecoveryBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("RecoveryBot.sln not found above the benchmark binary or the working directory.");
    }
}
