using RecoveryBot.Cli.Safety;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Cli.Commands;

/// <summary>
/// <c>recoverybot safety classify|eval</c> (ARCHITECTURE §9): run the crisis detector over JSON Lines, or score it
/// against a labelled file (SAFETY-NOTES §6 "Suggested scoring").
/// </summary>
public sealed class SafetyCommands : ICliCommandGroup
{
    public string Name => "safety";

    public string Summary => "crisis detector: classify JSON Lines from stdin, eval a labelled file";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var (dialogs, rest) = TakeOption(args, "--dialogs");
        if (rest.Count == 0 || rest[0] is "-h" or "--help")
        {
            await console.Out.WriteLineAsync(
                "usage: recoverybot safety classify [--dialogs DIR] [--rules-only] < in.jsonl\n" +
                "       recoverybot safety eval FILE.jsonl [--dialogs DIR] [--rules-only]\n" +
                "       recoverybot safety train --out FILE [--report FILE] [--dialogs DIR] DATA.jsonl...");
            return rest.Count == 0 ? 2 : 0;
        }
        CrisisDetector detector;
        try
        {
            detector = dialogs is null ? CrisisDetector.FromDefaultDirectory() : CrisisDetector.FromDirectory(dialogs);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"recoverybot safety: cannot load the lexicon: {e.Message}");
            return 1;
        }
        // By default exactly what AddCrisisDetection registers for the host: rules + classifier/model.bin. The rule
        // layer alone (--rules-only) is for diagnosing the lexicon. --layered is accepted for older scripts.
        rest.Remove("--layered");
        ICrisisDetector active = rest.Remove("--rules-only")
            ? detector : LayeredCrisisDetector.OrRules(detector, dialogs ?? LexiconLoader.FindDefaultDirectory()!);
        switch (rest[0])
        {
            case "train":
                return await TrainCommand.RunAsync(dialogs ?? LexiconLoader.FindDefaultDirectory()!, rest[1..], console);
            case "classify":
                await ClassifyCommand.RunAsync(active, console.In, console.Out, cancellationToken);
                return 0;
            case "eval" when rest.Count == 2:
                if (!File.Exists(rest[1]))
                {
                    await console.Error.WriteLineAsync($"recoverybot safety eval: file not found: {rest[1]}");
                    return 1;
                }
                using (var reader = new StreamReader(rest[1]))
                {
                    var report = await EvalCommand.ScoreAsync(active, reader, cancellationToken);
                    await console.Out.WriteAsync(report.Render());
                    return report.CrisisToNone.Count == 0 ? 0 : 3;
                }
            default:
                await console.Error.WriteLineAsync("recoverybot safety: expected 'classify' or 'eval FILE.jsonl'");
                return 2;
        }
    }

    private static (string? Value, List<string> Others) TakeOption(string[] args, string name)
    {
        var rest = new List<string>();
        string? value = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) value = args[++i];
            else if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) value = args[i][(name.Length + 1)..];
            else rest.Add(args[i]);
        }
        return (value, rest);
    }
}
