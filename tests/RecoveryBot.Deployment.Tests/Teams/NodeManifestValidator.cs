using RecoveryBot.Deployment.Tests.Infrastructure;

namespace RecoveryBot.Deployment.Tests.Teams;

/// <summary>
/// Runs tests/e2e/teams-manifest/validate-manifest.cjs: the official Teams schema bundled in npm
/// @microsoft/app-manifest@1.1.2, offline (TEAMS-TESTING.md §2). Installs the pinned packages with `npm ci` when
/// tests/run-all.sh has not already done so.
/// </summary>
public static class NodeManifestValidator
{
    private static readonly string Folder = Path.Combine(BuildPaths.RepoRoot, "tests", "e2e", "teams-manifest");
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<ProcessResult> ValidateAsync(string manifestPath)
    {
        await EnsureInstalledAsync();
        return await ProcessRunner.RunAsync("node", ["validate-manifest.cjs", manifestPath], Folder);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "app-manifest", "package.json")) &&
                File.Exists(Path.Combine(Folder, "node_modules", "fs-extra", "package.json")))
            {
                return;
            }
            var install = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], Folder);
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed: {install.StandardError}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }
}
