using RecoveryBot.Dialogs.Hosting;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>The real dialogs/staff.yaml, so tests assert a word by its id and survive rewording.</summary>
public static class TestWords
{
    private static readonly Lazy<StaffWords> Real = new(() => StaffWords.Load(StaffWordsFile.Locate(null, DialogsDirectory.Locate())));

    public static StaffWords Catalog => Real.Value;

    public static string W(StaffWordId id, params (string Name, string? Value)[] values) => Catalog.Text(id, values);
}
