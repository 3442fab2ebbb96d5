using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Cli.Safety;

/// <summary>
/// <c>safety train --out model.bin [--report cv.txt] DATA.jsonl…</c>: trains the learned layer from the lexicon's
/// examples and the given files (dialogs/safety/README.md "Classifier"), prints the leave-one-file-out table.
/// </summary>
public static class TrainCommand
{
    public static async Task<int> RunAsync(string safetyDirectory, IReadOnlyList<string> args, CliConsole console)
    {
        string? output = null, report = null, oof = null;
        var files = new List<string>();
        var options = new TrainerOptions();
        var withLexicon = true;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count) output = args[++i];
            else if (args[i] == "--report" && i + 1 < args.Count) report = args[++i];
            else if (args[i] == "--oof" && i + 1 < args.Count) oof = args[++i];
            else if (args[i] == "--no-lexicon") withLexicon = false;
            else if (args[i] == "--l2" && i + 1 < args.Count) options = options with { L2 = Number(args[++i]) };
            else if (args[i] == "--lr" && i + 1 < args.Count) options = options with { LearningRate = Number(args[++i]) };
            else if (args[i] == "--epochs" && i + 1 < args.Count) options = options with { Epochs = (int)Number(args[++i]) };
            else if (args[i] == "--bits" && i + 1 < args.Count) options = options with { BucketBits = (int)Number(args[++i]) };
            else files.Add(args[i]);
        }
        if (output is null || files.Count == 0)
        {
            await console.Error.WriteLineAsync("usage: recoverybot safety train --out FILE [--report FILE] [--oof FILE.tsv] "
                + "[--no-lexicon] [--l2 X --lr X --epochs N --bits N] DATA.jsonl...");
            return 2;
        }
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            await console.Error.WriteLineAsync($"recoverybot safety train: file not found: {missing}");
            return 1;
        }
        TrainingResult result;
        try
        {
            result = ClassifierTraining.Run(safetyDirectory, files, options, withLexicon);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or FormatException)
        {
            await console.Error.WriteLineAsync($"recoverybot safety train: {e.Message}");
            return 1;
        }
        ModelFile.Save(result.Model, result.Scale, output);
        if (report is not null) await File.WriteAllTextAsync(report, result.Report);
        if (oof is not null) await File.WriteAllLinesAsync(oof, result.OutOfFold.Select(OutOfFoldLine));
        await console.Out.WriteAsync(result.Report);
        await console.Out.WriteLineAsync($"model: {output} ({new FileInfo(output).Length} bytes)");
        return 0;
    }

    private static float Number(string s) => float.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One tab-separated line per held-out item (ids and numbers only) for threshold audits.</summary>
    private static string OutOfFoldLine(OutOfFold o) => string.Join('\t', o.Example.Group, o.Example.Id,
        o.Example.Level, o.Example.Category, o.Rules.Level, o.Verdict.Crisis.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
        o.Verdict.Concern.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), o.Verdict.Category);
}
