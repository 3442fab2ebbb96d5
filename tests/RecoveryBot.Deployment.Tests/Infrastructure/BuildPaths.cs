using System.Reflection;

namespace RecoveryBot.Deployment.Tests.Infrastructure;

/// <summary>Paths MSBuild knew when this test assembly was built (see the csproj's AssemblyMetadata).</summary>
public static class BuildPaths
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    public static string DeploymentTemplates { get; } = Path.Combine(RepoRoot, "deploymentTemplates");

    private static string Metadata(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is empty");
}
