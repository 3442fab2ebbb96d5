using Microsoft.Extensions.Configuration;

namespace RecoveryBot.Handoff.Words;

/// <summary>
/// Where dialogs/staff.yaml is: <c>Responders:WordsFile</c> when set, else inside <c>Dialogs:Directory</c> (the
/// host's content folder), else the first dialogs/staff.yaml walking up from the app folder and the current folder
/// (the same search as the Dialogs project's DialogsDirectory, which Handoff does not reference).
/// </summary>
public static class StaffWordsFile
{
    public const string WordsFileSetting = "Responders:WordsFile";
    public const string DialogsDirectorySetting = "Dialogs:Directory";

    public static string Locate(IConfiguration? configuration)
    {
        if (configuration?[WordsFileSetting] is { Length: > 0 } file)
        {
            return Path.GetFullPath(file);
        }
        if (configuration?[DialogsDirectorySetting] is { Length: > 0 } dialogs)
        {
            return Path.GetFullPath(Path.Combine(dialogs, StaffWords.FileName));
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "dialogs", StaffWords.FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new InvalidDataException($"No dialogs/{StaffWords.FileName} found above {AppContext.BaseDirectory} or the current folder; "
            + $"set {WordsFileSetting} or {DialogsDirectorySetting}.");
    }
}
