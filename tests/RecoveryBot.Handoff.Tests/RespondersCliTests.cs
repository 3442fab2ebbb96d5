using RecoveryBot.Cli;
using RecoveryBot.Cli.Commands;
using RecoveryBot.Handoff.Tests.Support;

namespace RecoveryBot.Handoff.Tests;

public sealed class RespondersCliTests
{
    [Fact]
    public async Task AddWithPasswordOnStdin_AccountCanSignIn()
    {
        var store = new InMemoryRecordStore();
        var command = new RespondersCommands(_ => store);
        var output = new StringWriter();
        var console = new CliConsole(new StringReader("correct horse battery\n"), output, new StringWriter());

        var code = await command.RunAsync(["add", "--name", "Sam", "--password-stdin", "--role", "supervisor"], console, CancellationToken.None);

        code.ShouldBe(0);
        output.ToString().ShouldContain("added supervisor 'sam'");
        using var h = new HandoffHarness();
        foreach (var (key, record) in store.All)
        {
            await h.Store.WriteAsync(key, record.Data, null);
        }
        (await h.Accounts.SignInAsync("sam", "correct horse battery")).Responder!.IsSupervisor.ShouldBeTrue();
    }

    [Theory]
    [InlineData("add --name sam")]
    [InlineData("add --name sam --password-stdin --role admin")]
    [InlineData("remove")]
    [InlineData("add --password secret")]
    public async Task BadArguments_Exit2WithUsage(string commandLine)
    {
        var args = commandLine.Split(' ');
        var error = new StringWriter();
        var console = new CliConsole(new StringReader("correct horse battery\n"), new StringWriter(), error);

        var code = await new RespondersCommands(_ => new InMemoryRecordStore()).RunAsync(args, console, CancellationToken.None);

        code.ShouldBe(2);
        error.ToString().ShouldContain("usage: recoverybot responders");
    }

    [Fact]
    public async Task ShortPassword_Exit1()
    {
        var console = new CliConsole(new StringReader("short\n"), new StringWriter(), new StringWriter());
        var code = await new RespondersCommands(_ => new InMemoryRecordStore()).RunAsync(["add", "--name", "sam", "--password-stdin"], console, CancellationToken.None);
        code.ShouldBe(1);
    }
}
