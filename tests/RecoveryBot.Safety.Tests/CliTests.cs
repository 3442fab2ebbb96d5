using RecoveryBot.Cli;

namespace RecoveryBot.Safety.Tests;

/// <summary><c>recoverybot safety classify|eval</c> through CliApp, as a user would run it.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Classify_WritesOneAlignedLinePerInput()
    {
        var input = "{\"id\":\"a\",\"text\":\"took the whole bottle\"}\n" +
                    "not json at all\n" +
                    "{\"id\":\"c\",\"text\":\"how does narcan work\",\"lang\":\"en\"}\n" +
                    "{\"id\":\"d\"}\n";
        var (code, output) = await Run(input, "safety", "classify", "--dialogs", RepoPaths.SafetyDialogs);
        code.ShouldBe(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(4);
        lines[0].ShouldBe("{\"id\":\"a\",\"level\":\"crisis\",\"category\":\"overdose\"}");
        lines[1].ShouldStartWith("{\"id\":null,\"error\":");
        lines[2].ShouldBe("{\"id\":\"c\",\"level\":\"none\",\"category\":\"none\"}");
        lines[3].ShouldStartWith("{\"id\":\"d\",\"error\":");
    }

    [Fact]
    public async Task Classify_ThousandsOfLines_StaysInOrder()
    {
        var input = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"hello {i}\"}}\n"));
        var (_, output) = await Run(input, "safety", "classify", "--dialogs", RepoPaths.SafetyDialogs);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(3000);
        lines[2999].ShouldStartWith("{\"id\":\"2999\"");
    }

    [Fact]
    public async Task Eval_PrintsScoresAndConfusion()
    {
        var (code, output) = await Run("", "safety", "eval", RepoPaths.DevSetPath(), "--dialogs", RepoPaths.SafetyDialogs);
        code.ShouldBe(0);
        output.ShouldContain("crisis recall by category:");
        output.ShouldContain("crisis recall by language:");
        output.ShouldContain("none->crisis false-alarm rate:");
        output.ShouldContain("confusion (rows expected, columns predicted):");
        output.ShouldContain("crisis->none misses: 0");
    }

    [Fact]
    public async Task Eval_MissingFile_FailsWithMessage()
    {
        var (code, _) = await Run("", "safety", "eval", "/nonexistent.jsonl", "--dialogs", RepoPaths.SafetyDialogs);
        code.ShouldBe(1);
    }

    private static async Task<(int Code, string Output)> Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(new StringReader(input), output, new StringWriter()),
            CancellationToken.None);
        return (code, output.ToString());
    }
}
