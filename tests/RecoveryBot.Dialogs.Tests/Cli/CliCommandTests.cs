using RecoveryBot.Cli;

namespace RecoveryBot.Dialogs.Tests.Cli;

public sealed class CliCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(new StringReader(""), output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task DialogsCheck_OnShippedContent_ExitsZero()
    {
        var (code, output, _) = await Run("dialogs", "check", "--dialogs", TestContent.Directory);

        code.ShouldBe(0);
        output.ShouldContain("ok:");
    }

    [Fact]
    public async Task DialogsCheck_OnBrokenContent_PrintsFileLineRuleAndExitsOne()
    {
        var (dir, _, _) = Content.ContentCheckTests.Install("unknown-key.yaml");

        var (code, output, _) = await Run("dialogs", "check", "--dialogs", dir);

        code.ShouldBe(1);
        output.ShouldContain("dialogs/flows/unknown-key.yaml:8: unknown-key: unknown key 'nxt' in step 'a'");
    }

    [Fact]
    public async Task TranscriptsRun_OnShippedTranscripts_AllPass()
    {
        var (code, output, _) = await Run("transcripts", "run", "--dialogs", TestContent.Directory);

        code.ShouldBe(0, output);
        output.ShouldContain(" passed, 0 failed");
    }

    [Fact]
    public async Task DialogsWithoutSubcommand_PrintsUsage()
    {
        var (code, _, error) = await Run("dialogs");

        code.ShouldBe(2);
        error.ShouldContain("usage: recoverybot dialogs check");
    }
}
