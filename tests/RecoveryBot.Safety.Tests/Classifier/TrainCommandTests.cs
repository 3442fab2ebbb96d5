using RecoveryBot.Cli;
using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary><c>recoverybot safety train</c> end to end (brief §1).</summary>
[Collection(ClassifierTrainingCollection.Name)]
public sealed class TrainCommandTests
{
    [Fact]
    public async Task Train_WithoutOut_PrintsUsageAndReturns2()
    {
        var (code, _, err) = await Run("safety", "train", ClassifierPaths.Data("holdout-3.jsonl"));
        code.ShouldBe(2);
        err.ShouldContain("usage: recoverybot safety train");
    }

    [Fact]
    public async Task Train_MissingDataFile_Returns1()
    {
        var (code, _, err) = await Run("safety", "train", "--out", Path.GetTempFileName(), "/nonexistent/data.jsonl");
        code.ShouldBe(1);
        err.ShouldContain("file not found");
    }

    [Fact]
    public async Task Train_OnOneFile_WritesALoadableModelAndTheFoldTable()
    {
        var dir = Directory.CreateTempSubdirectory("rb-train");
        try
        {
            var model = Path.Combine(dir.FullName, "model.bin");
            var report = Path.Combine(dir.FullName, "cv.txt");
            var (code, output, _) = await Run("safety", "train", "--dialogs", RepoPaths.SafetyDialogs, "--out", model,
                "--report", report, "--epochs", "3", ClassifierPaths.Data("holdout-3.jsonl"));
            code.ShouldBe(0);
            output.ShouldContain("holdout-3");
            output.ShouldContain("layered");
            File.ReadAllText(report).ShouldContain("thresholds:");
            var loaded = ModelFile.Load(model);
            loaded.Thresholds.Crisis.ShouldBeInRange(0.05f, 1f);
            loaded.BucketBits.ShouldBe(new TrainerOptions().BucketBits);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary><c>safety eval</c> and <c>safety classify</c> use what the host runs (rules + classifier) unless told --rules-only.</summary>
public sealed class LayeredEvalCommandTests
{
    [Fact]
    public async Task EvalLayered_ReportsTheLayeredDetectorsScores()
    {
        var file = ClassifierPaths.Data("holdout-5.jsonl");
        var output = new StringWriter();
        var code = await RecoveryBot.Cli.CliApp.RunAsync(["safety", "eval", file, "--dialogs", RepoPaths.SafetyDialogs],
            new RecoveryBot.Cli.CliConsole(TextReader.Null, output, new StringWriter()), CancellationToken.None);
        using var reader = new StreamReader(file);
        var expected = await RecoveryBot.Cli.Safety.EvalCommand.ScoreAsync(ClassifierPaths.Layered, reader, CancellationToken.None);
        output.ToString().ShouldBe(expected.Render());
        code.ShouldBe(expected.CrisisToNone.Count == 0 ? 0 : 3);
    }

    [Fact]
    public async Task Classify_ByDefaultUsesTheLayeredDetector_RulesOnlyOnRequest()
    {
        // A wording the rules alone leave at none and the learned layer raises (LayeredDetectorTests).
        const string line = "{\"id\":\"x\",\"text\":\"i think about disappearing a lot\"}";
        async Task<string> Classify(params string[] extra)
        {
            var output = new StringWriter();
            await RecoveryBot.Cli.CliApp.RunAsync(["safety", "classify", "--dialogs", RepoPaths.SafetyDialogs, .. extra],
                new RecoveryBot.Cli.CliConsole(new StringReader(line + "\n"), output, new StringWriter()), CancellationToken.None);
            return output.ToString();
        }

        var layered = ClassifierPaths.Layered.Assess("i think about disappearing a lot", null);
        var rules = RepoPaths.Detector.Assess("i think about disappearing a lot", null);
        layered.Level.ShouldNotBe(rules.Level, "the example must tell the two apart");
        (await Classify()).ShouldContain($"\"level\":\"{layered.Level.ToString().ToLowerInvariant()}\"");
        (await Classify("--rules-only")).ShouldContain($"\"level\":\"{rules.Level.ToString().ToLowerInvariant()}\"");
    }
}
