using System.IO.Compression;
using System.Text.Json.Nodes;
using RecoveryBot.Cli;

namespace RecoveryBot.Deployment.Tests.Teams;

/// <summary>Runs <c>recoverybot teams …</c> in-process in a temp folder and opens what it wrote.</summary>
public sealed class TeamsPackageRun : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rb-teams-");

    public string Folder => _dir.FullName;

    public string ZipPath => Path.Combine(Folder, "RecoveryBot.zip");

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["teams", .. args], new CliConsole(TextReader.Null, output, error), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public Task<(int ExitCode, string Out, string Error)> PackageAsync(string appId, string domain, params string[] extra) =>
        RunAsync(["package", "--app-id", appId, "--domain", domain, "--out", ZipPath, .. extra]);

    public Dictionary<string, byte[]> Entries()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public JsonObject Manifest() => (JsonObject)JsonNode.Parse(Entries()["manifest.json"])!;

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
