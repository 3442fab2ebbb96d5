using System.Text.Json;
using RecoveryBot.Cli.Teams;

namespace RecoveryBot.Cli.Commands;

/// <summary><c>recoverybot teams package</c>: builds the Teams app package a Teams admin uploads (issue 8).</summary>
public sealed class TeamsCommands : ICliCommandGroup
{
    public string Name => "teams";

    public string Summary => "package: build the Microsoft Teams app package (manifest + icons)";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] != "package")
        {
            await console.Error.WriteLineAsync(TeamsPackageRequest.Usage);
            return 2;
        }

        var request = TeamsPackageRequest.Parse(args[1..], out var error);
        if (request is null)
        {
            await console.Error.WriteLineAsync($"recoverybot teams package: {error}");
            await console.Error.WriteLineAsync(TeamsPackageRequest.Usage);
            return 2;
        }

        try
        {
            var manifest = TeamsManifestBuilder.Build(TeamsManifestBuilder.LoadTemplate(request.TemplatePath), request);
            var directory = Path.GetDirectoryName(Path.GetFullPath(request.OutputPath))!;
            Directory.CreateDirectory(directory);
            await using (var file = File.Create(request.OutputPath))
            {
                TeamsAppPackage.Write(file, manifest);
            }
            await console.Out.WriteLineAsync(
                $"wrote {request.OutputPath} (bot {request.AppId:D}, domain {request.Domain}, manifest {manifest["manifestVersion"]})");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            await console.Error.WriteLineAsync($"recoverybot teams package: {e.Message}");
            return 1;
        }
    }
}
