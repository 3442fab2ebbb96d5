using System.Text.Json.Nodes;
using RecoveryBot.Deployment.Tests.Infrastructure;

namespace RecoveryBot.Deployment.Tests.Bicep;

/// <summary>The dev and prod parameter files fit main.bicep: known names only, every required value, no secrets.</summary>
public sealed class ParameterFileTests
{
    private static readonly ArmTemplate Arm = ArmTemplate.Load(Path.Combine(BuildPaths.DeploymentTemplates, "main.json"));

    [Theory]
    [InlineData("main.dev.parameters.json", "dev")]
    [InlineData("main.prod.parameters.json", "prod")]
    public void ParameterFile_FitsTheTemplate(string fileName, string environment)
    {
        var file = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(BuildPaths.DeploymentTemplates, fileName)))!;
        var values = file["parameters"]!.AsObject();
        var declared = Arm.Root["parameters"]!.AsObject();
        var secure = ArmTemplate.SecureParameters(Arm.Root).ToHashSet();

        values.Select(p => p.Key).Where(name => !declared.ContainsKey(name)).ShouldBeEmpty("unknown parameter names");
        values.Select(p => p.Key).Where(secure.Contains).ShouldBeEmpty("secrets never go in a parameter file; az prompts for them");
        declared.Where(p => p.Value!["defaultValue"] is null && !secure.Contains(p.Key) && !values.ContainsKey(p.Key))
            .Select(p => p.Key).ShouldBeEmpty("required parameters missing");
        values["environmentName"]!["value"]!.GetValue<string>().ShouldBe(environment);
    }
}
