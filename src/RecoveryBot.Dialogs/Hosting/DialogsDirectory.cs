namespace RecoveryBot.Dialogs.Hosting;

/// <summary>Finds the dialogs/ folder: the first one holding flows/, walking up from the app and the current folder.</summary>
public static class DialogsDirectory
{
    /// <exception cref="DirectoryNotFoundException">No dialogs/flows above either start folder.</exception>
    public static string Locate(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "dialogs");
                if (System.IO.Directory.Exists(Path.Combine(candidate, "flows")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException(
            "No dialogs/ folder with flows/ found above " + AppContext.BaseDirectory + " or the current folder.");
    }
}
