namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>An edited copy of the real dialogs/staff.yaml in a temp folder, deleted on dispose.</summary>
public sealed class TempWordsFile : IDisposable
{
    private TempWordsFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>Setting that points AddHandoff at this copy.</summary>
    public KeyValuePair<string, string?> Setting => new(RecoveryBot.Handoff.Words.StaffWordsFile.WordsFileSetting, Path);

    public static TempWordsFile Edited(Func<string, string> edit)
    {
        var original = File.ReadAllText(TestWords.Catalog.Path);
        var edited = edit(original);
        edited.ShouldNotBe(original, "the edit must change the file, or the test proves nothing");
        var dir = Directory.CreateTempSubdirectory("rb-staff-words-");
        var path = System.IO.Path.Combine(dir.FullName, "staff.yaml");
        File.WriteAllText(path, edited);
        return new TempWordsFile(path);
    }

    public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
}
