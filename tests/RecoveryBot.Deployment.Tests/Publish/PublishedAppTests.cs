using RecoveryBot.Deployment.Tests.Infrastructure;

namespace RecoveryBot.Deployment.Tests.Publish;

/// <summary>
/// The zip deploy in deploymentTemplates/README.md publishes src/RecoveryBot.Host and nothing else, so the reviewed
/// content — flows, messages, the safety lexicon and the classifier model — must be inside the published folder,
/// where the host finds it beside its dll. Without it the app refuses to start in App Service.
/// </summary>
public sealed class PublishedAppTests
{
    [Fact]
    public async Task Publish_ContainsTheContentTheHostNeeds()
    {
        var output = Directory.CreateTempSubdirectory("rb-publish-").FullName;
        try
        {
            // --no-build: the Release build CI already made; publishing only lays it out.
            var result = await ProcessRunner.RunAsync("dotnet",
                ["publish", Path.Combine(BuildPaths.RepoRoot, "src", "RecoveryBot.Host"), "-c", "Release", "--no-build", "-o", output, "-nologo"],
                BuildPaths.RepoRoot);
            result.ExitCode.ShouldBe(0, result.StandardOutput + result.StandardError);

            var dialogs = Path.Combine(output, "dialogs");
            File.Exists(Path.Combine(output, "RecoveryBot.Host.dll")).ShouldBeTrue();
            File.Exists(Path.Combine(dialogs, "messages.yaml")).ShouldBeTrue();
            File.Exists(Path.Combine(dialogs, "staff.yaml")).ShouldBeTrue(); // the console and Teams alerts refuse to start without it
            Directory.GetFiles(Path.Combine(dialogs, "flows"), "*.yaml").Length.ShouldBe(
                Directory.GetFiles(Path.Combine(BuildPaths.RepoRoot, "dialogs", "flows"), "*.yaml").Length);
            File.Exists(Path.Combine(dialogs, "safety", "crisis-resources.yaml")).ShouldBeTrue();
            File.ReadAllBytes(Path.Combine(dialogs, "safety", "classifier", "model.bin"))
                .ShouldBe(File.ReadAllBytes(Path.Combine(BuildPaths.RepoRoot, "dialogs", "safety", "classifier", "model.bin")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
