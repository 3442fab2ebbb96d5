using RecoveryBot.Deployment.Tests.Infrastructure;

namespace RecoveryBot.Deployment.Tests.Bicep;

/// <summary>
/// The real Bicep compiler from NuGet package Azure.Bicep.CommandLine.linux-x64 (PackageDownload in the csproj),
/// a native single-file binary under tools/.
/// </summary>
public static class BicepCompiler
{
    public const string Version = "0.49.2";

    public static string Executable
    {
        get
        {
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("the test project downloads the linux-x64 Bicep compiler");
            }
            var path = Path.Combine(BuildPaths.NuGetPackageRoot, "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Bicep {Version} was not restored (expected {path}); run dotnet restore", path);
            }
            // NuGet extraction does not always keep the executable bit.
            var mode = File.GetUnixFileMode(path);
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
            return path;
        }
    }

    /// <summary><c>bicep build FILE --stdout</c> in the file's folder (so bicepconfig.json there applies).</summary>
    public static Task<ProcessResult> BuildAsync(string bicepFile) =>
        ProcessRunner.RunAsync(Executable, ["build", Path.GetFileName(bicepFile), "--stdout"], Path.GetDirectoryName(bicepFile)!);
}
