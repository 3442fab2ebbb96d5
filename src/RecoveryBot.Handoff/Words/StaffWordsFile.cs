using Microsoft.Extensions.Configuration;

namespace RecoveryBot.Handoff.Words;

/// <summary>
/// Where dialogs/staff.yaml is: <c>Responders:WordsFile</c> when set, else inside the content folder the host located
/// (Dialogs:Directory or the walk-up of DialogsDirectory.Locate, done once in Program).
/// </summary>
public static class StaffWordsFile
{
    public const string WordsFileSetting = "Responders:WordsFile";

    public static string Locate(IConfiguration? configuration, string dialogsDirectory) =>
        configuration?[WordsFileSetting] is { Length: > 0 } file
            ? Path.GetFullPath(file)
            : Path.GetFullPath(Path.Combine(dialogsDirectory, StaffWords.FileName));
}
