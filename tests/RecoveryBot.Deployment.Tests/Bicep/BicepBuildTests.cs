using System.Text.Json.Nodes;
using RecoveryBot.Deployment.Tests.Infrastructure;

namespace RecoveryBot.Deployment.Tests.Bicep;

public sealed class BicepBuildTests
{
    private static readonly string MainBicep = Path.Combine(BuildPaths.DeploymentTemplates, "main.bicep");
    private static readonly string MainJson = Path.Combine(BuildPaths.DeploymentTemplates, "main.json");

    // One compile (about 10 s on a busy 2-core machine) shared by the tests that read it.
    private static readonly Lazy<Task<ProcessResult>> MainBuild = new(() => BicepCompiler.BuildAsync(MainBicep));

    [Fact]
    public async Task BuildMainBicep_SucceedsWithoutWarnings()
    {
        var result = await MainBuild.Value;

        result.ExitCode.ShouldBe(0, result.StandardError);
        // Bicep prints diagnostics (warnings, linter findings) on stderr; a clean build prints nothing there.
        result.StandardError.Trim().ShouldBeEmpty();
        result.StandardOutput.ShouldContain("\"$schema\"");
    }

    [Fact]
    public async Task BuildMainBicep_EqualsCommittedMainJson()
    {
        var result = await MainBuild.Value;
        result.ExitCode.ShouldBe(0, result.StandardError);

        // metadata._generator holds the compiler's version and a hash of the template: the same for this pinned
        // compiler, but a developer who rebuilds main.json with `az bicep build` (another version) changes only
        // those lines, which says nothing about the deployed resources. Everything else must match exactly.
        var fresh = WithoutGeneratorMetadata(JsonNode.Parse(result.StandardOutput)!);
        var committed = WithoutGeneratorMetadata(JsonNode.Parse(File.ReadAllText(MainJson))!);

        JsonNode.DeepEquals(fresh, committed).ShouldBeTrue(
            "deploymentTemplates/main.json is stale: run `bicep build deploymentTemplates/main.bicep` and commit main.json");
    }

    [Fact]
    public async Task BuildBrokenBicep_FailsWithCompilerError()
    {
        // Proves the compiler really checks: a fixture with a type error must fail, so the clean build above means something.
        var dir = Directory.CreateTempSubdirectory("rb-bicep-");
        try
        {
            var file = Path.Combine(dir.FullName, "broken.bicep");
            await File.WriteAllTextAsync(file, "param count int = 'three'\noutput c int = count\n");

            var result = await BicepCompiler.BuildAsync(file);

            result.ExitCode.ShouldNotBe(0);
            result.StandardError.ShouldContain("BCP033");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static JsonNode WithoutGeneratorMetadata(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["metadata"] is JsonObject metadata)
                {
                    metadata.Remove("_generator");
                }
                foreach (var (_, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        WithoutGeneratorMetadata(value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    WithoutGeneratorMetadata(item);
                }
                break;
        }
        return node;
    }
}
