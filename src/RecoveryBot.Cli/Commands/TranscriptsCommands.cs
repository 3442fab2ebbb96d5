using RecoveryBot.Cli.Dialogs;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Loading;
using RecoveryBot.Dialogs.Transcripts;

namespace RecoveryBot.Cli.Commands;

/// <summary><c>recoverybot transcripts run [DIR] [--dialogs DIR]</c>: plays conversation transcripts (issue 3 §5).</summary>
public sealed class TranscriptsCommands : ICliCommandGroup
{
    public string Name => "transcripts";

    public string Summary => "run [DIR] [--dialogs DIR]: play transcript YAML files against the dialog engine; export --conversation ID: redacted transcript for review (audited)";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Length > 0 && args[0] == "export")
        {
            return await Transcripts.ExportCommand.RunAsync(args[1..], console, TimeProvider.System, cancellationToken);
        }
        if (args.Length == 0 || args[0] != "run")
        {
            await console.Error.WriteLineAsync("usage: recoverybot transcripts run [DIR] [--dialogs DIR]");
            return 2;
        }
        if (!DialogsOption.TryResolve(args[1..], console, out var dialogs, out var rest))
        {
            return 2;
        }
        var dir = rest.Count > 0 ? Path.GetFullPath(rest[0]) : Path.Combine(dialogs, "transcripts");
        if (!Directory.Exists(dir))
        {
            await console.Error.WriteLineAsync($"no transcript folder {dir}");
            return 2;
        }
        ContentCatalog catalog;
        try
        {
            catalog = ContentCatalog.Load(dialogs);
        }
        catch (ContentValidationException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        var runner = new TranscriptRunner(new DialogEngine(catalog));
        int passed = 0, failed = 0;
        foreach (var file in TranscriptRunner.Files(dir))
        {
            var failures = runner.RunFile(file, Path.GetRelativePath(Directory.GetCurrentDirectory(), file));
            if (failures.Count == 0)
            {
                passed++;
                continue;
            }
            failed++;
            foreach (var f in failures)
            {
                await console.Out.WriteLineAsync(f);
            }
        }
        await console.Out.WriteLineAsync($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
