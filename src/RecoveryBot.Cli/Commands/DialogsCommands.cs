using RecoveryBot.Cli.Dialogs;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Handoff.Words;

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
        var problems = ContentCatalog.Validate(dir).Select(p => p.ToString()).ToList();
        problems.AddRange(StaffWordProblems(dir));
        foreach (var problem in problems)
        {
            await console.Out.WriteLineAsync(problem);
        }
        if (problems.Count > 0)
        {
            await console.Error.WriteLineAsync($"{problems.Count} problem(s) in {dir}");
            return 1;
        }
        await console.Out.WriteLineAsync($"ok: {dir} is valid");
        return 0;
    }

    /// <summary>
    /// staff.yaml (console and Teams words), as the host checks it at start-up. Skipped when absent: test fixtures hold
    /// only person-facing content, and the host itself refuses to start without the file.
    /// </summary>
    private static IEnumerable<string> StaffWordProblems(string dir)
    {
        var path = Path.Combine(dir, StaffWords.FileName);
        return File.Exists(path) ? StaffWords.Problems(path) : [];
    }
}
