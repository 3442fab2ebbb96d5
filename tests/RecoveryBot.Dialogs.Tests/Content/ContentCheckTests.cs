using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Tests.Content;

public sealed class ContentCheckTests
{
    private static readonly string BrokenDir = Path.Combine(AppContext.BaseDirectory, "fixtures", "broken");

    public static TheoryData<string> BrokenFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(BrokenDir, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void ShippedContent_HasNoProblems()
    {
        var problems = ContentCatalog.Validate(TestContent.Directory);
        problems.ShouldBeEmpty(string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(BrokenFixtures))]
    public void BrokenFixture_FailsWithItsRuleAndLocation(string fixture)
    {
        var (dir, rule, target) = Install(fixture);

        var problems = ContentCatalog.Validate(dir);

        var match = problems.FirstOrDefault(p => p.Rule == rule && p.File.EndsWith(target, StringComparison.Ordinal));
        match.ShouldNotBeNull($"expected a '{rule}' problem in {target}; got:\n{string.Join('\n', problems)}");
        match.Line.ShouldBeGreaterThan(0);
        match.ToString().ShouldStartWith($"dialogs/{target}:{match.Line}: {rule}: ");
    }

    [Fact]
    public void Load_OnInvalidContent_ThrowsWithTheSameMessagesAsTheCheck()
    {
        var (dir, _, _) = Install("dangling-goto.yaml");

        var e = Should.Throw<ContentValidationException>(() => ContentCatalog.Load(dir));

        e.Problems.ShouldBe(ContentCatalog.Validate(dir));
        e.Message.ShouldContain("dialogs/flows/dangling-goto.yaml:8: dangling-goto: step 'a' goes to 'nowhere'");
    }

    [Fact]
    public void Validate_FolderWithoutFlows_SaysSo()
    {
        var empty = System.IO.Directory.CreateTempSubdirectory("rb-empty").FullName;
        ContentCatalog.Validate(empty).ShouldContain(p => p.Message.Contains("no flows/ folder"));
    }

    /// <summary>Copies the shipped content and drops the fixture in (its "# target:" line says where).</summary>
    internal static (string Dir, string Rule, string Target) Install(string fixture)
    {
        var source = Path.Combine(BrokenDir, fixture);
        var lines = File.ReadAllLines(source);
        var rule = lines[0].Replace("# expect:", "", StringComparison.Ordinal).Trim();
        var target = lines.Length > 1 && lines[1].StartsWith("# target:", StringComparison.Ordinal)
            ? lines[1].Replace("# target:", "", StringComparison.Ordinal).Trim()
            : "flows/" + fixture;
        var dir = TestContent.CopyToTemp();
        File.Copy(source, Path.Combine(dir, target), overwrite: true);
        return (dir, rule, target);
    }
}
