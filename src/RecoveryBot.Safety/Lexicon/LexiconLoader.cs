using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RecoveryBot.Safety.Lexicon;

/// <summary>Reads the detector's YAML files from <c>dialogs/safety/</c>.</summary>
public static class LexiconLoader
{
    /// <summary>The detector's own files; crisis-resources.yaml (the pathway's contacts) is someone else's.</summary>
    public static readonly string[] FilePatterns = ["normalisation.yaml", "context.yaml", "lexicon.*.yaml"];

    public const string CasesFile = "cases.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<(string Path, LexiconDocument Document)> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"safety lexicon directory not found: {directory}");
        }
        var files = FilePatterns
            .SelectMany(p => Directory.GetFiles(directory, p).Order(StringComparer.Ordinal))
            .Distinct()
            .ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no lexicon files ({string.Join(", ", FilePatterns)}) in {directory}");
        }
        return files.Select(f => (f, Load(f))).ToList();
    }

    public static LexiconDocument Load(string path)
    {
        try
        {
            var doc = Yaml.Deserialize<LexiconDocument>(File.ReadAllText(path)) ?? new LexiconDocument();
            if (doc.Version <= 0 || doc.Review is null || string.IsNullOrWhiteSpace(doc.Review.By))
            {
                throw new InvalidDataException("needs 'version' and 'review: {by, on}' (clinical sign-off)");
            }
            return doc;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidDataException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Finds <c>dialogs/safety</c> by walking up from the app's base directory, then from the current directory.
    /// </summary>
    public static string? FindDefaultDirectory()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "dialogs", "safety");
                if (File.Exists(Path.Combine(candidate, "context.yaml"))) return candidate;
            }
        }
        return null;
    }
}
