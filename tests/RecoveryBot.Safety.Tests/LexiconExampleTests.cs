using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Tests;

/// <summary>Every mustMatch / mustNotMatch example in dialogs/safety/*.yaml is a test (issue 4).</summary>
public sealed class LexiconExampleTests
{
    public static TheoryData<string, string> MustMatch() => Examples(e => e.MustMatch);

    public static TheoryData<string, string> MustNotMatch() => Examples(e => e.MustNotMatch);

    [Theory]
    [MemberData(nameof(MustMatch))]
    public void MustMatchExample_FiresItsEntry(string entryId, string text)
    {
        var a = RepoPaths.Detector.Assess(text, null);
        var fired = a.CueIds.Contains(entryId) || FiredAsTrigger(entryId, text);
        fired.ShouldBeTrue($"'{entryId}' did not fire; cues: [{string.Join(", ", a.CueIds)}]");
    }

    [Theory]
    [MemberData(nameof(MustNotMatch))]
    public void MustNotMatchExample_DoesNotFireItsEntry(string entryId, string text)
    {
        var a = RepoPaths.Detector.Assess(text, null);
        a.CueIds.ShouldNotContain(entryId);
        FiredAsTrigger(entryId, text).ShouldBeFalse();
    }

    [Fact]
    public void EveryLexiconFile_HasVersionAndReview()
    {
        foreach (var (path, doc) in LexiconLoader.LoadDirectory(RepoPaths.SafetyDialogs))
        {
            doc.Version.ShouldBeGreaterThan(0, path);
            doc.Review!.On.ShouldNotBeNullOrWhiteSpace(path);
        }
    }

    /// <summary>Context triggers, means and idioms have no level of their own: check the raw pattern hits.</summary>
    private static bool FiredAsTrigger(string entryId, string text) =>
        RepoPaths.Detector.MatchedEntryIds(text).Contains(entryId)
        && RepoPaths.Detector.Lexicon.Entries.First(e => e.Id == entryId).Kind != CueKind.Risk;

    private static TheoryData<string, string> Examples(Func<LexiconEntryDocument, List<string>> pick)
    {
        var data = new TheoryData<string, string>();
        foreach (var (_, doc) in LexiconLoader.LoadDirectory(RepoPaths.SafetyDialogs))
        {
            foreach (var e in doc.Entries)
            {
                foreach (var text in pick(e)) data.Add(e.Id, text);
            }
        }
        return data;
    }
}
