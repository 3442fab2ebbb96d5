using RecoveryBot.Cli.Dialogs;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Cli.Commands;

/// <summary><c>recoverybot dialogs check [--dialogs DIR]</c>: validates the content as the host does on start.</summary>
public sealed class DialogsCommands : ICliCommandGroup
{
    public string Name => "dialogs";

    public string Summary => "check [--dialogs DIR]: validate dialogs/ (file:line: rule: message)";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] != "check")
        {
            await console.Error.WriteLineAsync("usage: recoverybot dialogs check [--dialogs DIR]");
            return 2;
        }
        if (!DialogsOption.TryResolve(args[1..], console, out var dir, out _))
        {
            return 2;
        }
        var problems = ContentCatalog.Validate(dir);
        foreach (var problem in problems)
        {
            await console.Out.WriteLineAsync(problem.ToString());
        }
        if (problems.Count > 0)
        {
            await console.Error.WriteLineAsync($"{problems.Count} problem(s) in {dir}");
            return 1;
        }
        await console.Out.WriteLineAsync($"ok: {dir} is valid");
        return 0;
    }
}
