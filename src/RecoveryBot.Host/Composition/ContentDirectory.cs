namespace RecoveryBot.Host.Composition;

/// <summary>
/// Finds the reviewed content folder (<c>dialogs/</c>): the <c>Dialogs:Directory</c> setting when given, else
/// the nearest <c>dialogs/</c> above the content root (a clone), else the copy published beside the binary.
/// </summary>
public static class ContentDirectory
{
    public const string SettingKey = "Dialogs:Directory";

    public static string Locate(IConfiguration configuration, string contentRoot)
    {
        if (configuration[SettingKey] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "dialogs");
                if (Directory.Exists(Path.Combine(candidate, "flows")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"No dialogs/ content folder was found above '{contentRoot}'. Set {SettingKey} to the folder that holds flows/.");
    }
}
