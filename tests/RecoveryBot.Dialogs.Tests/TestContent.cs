using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Hosting;

namespace RecoveryBot.Dialogs.Tests;

/// <summary>The shipped dialogs/ folder, loaded once for all tests (loading is what the host does on start).</summary>
public static class TestContent
{
    public static string Directory { get; } = DialogsDirectory.Locate();

    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => ContentCatalog.Load(Directory));

    public static ContentCatalog Catalog => LazyCatalog.Value;

    public static DialogEngine Bot { get; } = new(Catalog);

    public static DialogInput Say(string? text, string locale = "en", RiskSignal risk = RiskSignal.None,
        string? category = null, string? tap = null) =>
        new(InputKind.Message, text, tap, locale, risk, category);

    /// <summary>Plays messages from an empty state and returns the last turn.</summary>
    public static DialogTurn Play(params string[] messages)
    {
        var state = DialogState.Empty;
        DialogTurn? turn = null;
        foreach (var m in messages)
        {
            turn = Bot.Run(state, Say(m));
            state = turn.State;
        }
        return turn!;
    }

    public static string[] Ids(this DialogTurn turn) => [.. turn.Replies.Select(r => r.ContentId)];

    /// <summary>A copy of the shipped dialogs/ folder to break on purpose.</summary>
    public static string CopyToTemp()
    {
        var target = Path.Combine(Path.GetTempPath(), "rb-dialogs-" + Guid.NewGuid().ToString("N"), "dialogs");
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        return target;
    }
}
