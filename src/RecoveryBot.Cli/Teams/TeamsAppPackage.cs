using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace RecoveryBot.Cli.Teams;

/// <summary>
/// The zip a Teams admin uploads: manifest.json and the two icons it names, all at the zip's root (Teams rejects
/// packages with folders around them).
/// </summary>
public static class TeamsAppPackage
{
    public static void Write(Stream destination, JsonObject manifest)
    {
        var icons = manifest["icons"] as JsonObject ?? throw new InvalidOperationException("manifest has no icons");
        var colorName = icons["color"]!.GetValue<string>();
        var outlineName = icons["outline"]!.GetValue<string>();

        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", new UTF8Encoding(false).GetBytes(TeamsManifestBuilder.Serialize(manifest)));
        Add(zip, colorName, TeamsIcons.Color(TeamsManifestBuilder.AccentColor(manifest)));
        Add(zip, outlineName, TeamsIcons.Outline());
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        // A fixed timestamp makes the package byte-for-byte reproducible for the same inputs.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
