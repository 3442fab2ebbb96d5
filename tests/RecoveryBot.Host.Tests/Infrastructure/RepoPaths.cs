namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>Paths inside the repository, found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string SharedPayloads => Path.GetFullPath(Path.Combine(Root, "..", "shared", "protocol", "payloads"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RecoveryBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("RecoveryBot.sln not found above the test binary.");
    }
}
