using RecoveryBot.Dialogs.Transcripts;

namespace RecoveryBot.Dialogs.Tests.Transcripts;

/// <summary>Every conversation in dialogs/transcripts/ is one case (issue 3 §5).</summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in TranscriptRunner.Files(Path.Combine(TestContent.Directory, "transcripts")))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Transcript_PlaysAsWritten(string file)
    {
        var runner = new TranscriptRunner(TestContent.Bot);
        var failures = runner.RunFile(Path.Combine(TestContent.Directory, "transcripts", file), file);
        failures.ShouldBeEmpty(string.Join('\n', failures));
    }

    [Fact]
    public void TranscriptFolder_CoversEveryFlow()
    {
        var runner = new TranscriptRunner(TestContent.Bot);
        var text = string.Join('\n', TranscriptRunner.Files(Path.Combine(TestContent.Directory, "transcripts")).Select(File.ReadAllText));
        foreach (var flow in TestContent.Catalog.Flows)
        {
            text.ShouldContain(flow.Id + "/", customMessage: $"no transcript walks flow {flow.Id}");
        }
        runner.ShouldNotBeNull();
    }

    [Fact]
    public void WrongExpectation_IsReportedWithFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "rb-transcript-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "name: wrong\nlocale: en\nturns:\n  - say: hi\n    expect: [main-menu/nothing]\n");
        var failures = new TranscriptRunner(TestContent.Bot).RunFile(path, "wrong.yaml");
        failures.ShouldHaveSingleItem().ShouldStartWith("wrong.yaml:4: turn 1: expected replies [main-menu/nothing]");
    }

    [Fact]
    public void UnknownRiskSource_IsAProblemNotASilentRulesTurn()
    {
        var path = Path.Combine(Path.GetTempPath(), "rb-transcript-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "name: typo\nlocale: en\nturns:\n  - {say: hi, risk: concern, source: modle}\n");
        var failures = new TranscriptRunner(TestContent.Bot).RunFile(path, "typo.yaml");
        failures.ShouldContain(f => f.Contains("'source' can only be 'model'", StringComparison.Ordinal));
    }
}
