using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Directory;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>Everything read from a dialogs/ folder, before cross-file checks and precompilation.</summary>
public sealed class LoadedContent
{
    public Dictionary<string, Flow> Flows { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MessageDef> Messages { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Resource> Resources { get; } = new(StringComparer.Ordinal);
    public RecognizerWords Words { get; } = new();
    public List<StigmaWord> Stigma { get; } = [];
    public ServiceDirectory Directory { get; set; } = ServiceDirectory.Empty;
    public string MessagesFile { get; set; } = "messages.yaml";
}

/// <summary>
/// Reads a dialogs/ folder: flows/*.yaml, messages.yaml, recognizers.yaml, words.yaml, resources.yaml,
/// safety/crisis-resources.yaml and directory/*. Other files in safety/ belong to the crisis detector.
/// </summary>
public static class ContentLoader
{
    public static LoadedContent Read(string dialogsDirectory, List<ContentProblem> problems)
    {
        var content = new LoadedContent();
        var root = Path.GetFullPath(dialogsDirectory);
        var flowsDir = Path.Combine(root, "flows");
        if (!System.IO.Directory.Exists(flowsDir))
        {
            problems.Add(new(Rel(root, flowsDir), 1, Rules.Schema, "no flows/ folder: is this a dialogs/ folder?"));
            return content;
        }
        foreach (var path in System.IO.Directory.GetFiles(flowsDir, "*.yaml").Order(StringComparer.Ordinal))
        {
            var reader = Reader(root, path, problems, out var node);
            if (node is not null && FlowParser.Parse(node, Path.GetFileNameWithoutExtension(path), reader) is { } flow)
            {
                content.Flows[flow.Id] = flow;
            }
        }
        Optional(root, "messages.yaml", problems, (n, r) => SharedFileParsers.Messages(n, r, content.Messages), required: true);
        Optional(root, "recognizers.yaml", problems, (n, r) => RecognizerParser.Parse(n, r, content.Words), required: true);
        Optional(root, "words.yaml", problems, (n, r) => SharedFileParsers.Words(n, r, content.Stigma), required: true);
        Optional(root, "resources.yaml", problems, (n, r) => SharedFileParsers.Resources(n, r, content.Resources), required: true);
        Optional(root, Path.Combine("safety", "crisis-resources.yaml"), problems,
            (n, r) => SharedFileParsers.Resources(n, r, content.Resources), required: true);
        var zips = ZipTable.Empty;
        Optional(root, Path.Combine("directory", "zip-centroids.yaml"), problems, (n, r) => zips = DirectoryParser.Zips(n, r), required: false);
        Optional(root, Path.Combine("directory", "sample-directory.yaml"), problems,
            (n, r) => content.Directory = DirectoryParser.Services(n, r, zips), required: false);
        if (content.Directory.Zips != zips)
        {
            content.Directory = new ServiceDirectory(content.Directory.Entries, zips, content.Directory.IsSample);
        }
        return content;
    }

    private static void Optional(string root, string relative, List<ContentProblem> problems,
        Action<YamlDotNet.RepresentationModel.YamlNode, YamlReader> parse, bool required)
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            if (required)
            {
                problems.Add(new(relative.Replace('\\', '/'), 1, Rules.Schema, "file is missing"));
            }
            return;
        }
        var reader = Reader(root, path, problems, out var node);
        if (node is not null)
        {
            parse(node, reader);
        }
    }

    private static YamlReader Reader(string root, string path, List<ContentProblem> problems,
        out YamlDotNet.RepresentationModel.YamlNode? node)
    {
        var name = Rel(root, path);
        node = YamlReader.Parse(path, name, problems);
        return new YamlReader(name, problems);
    }

    /// <summary>Paths in messages are relative to the folder that holds dialogs/, e.g. dialogs/flows/welcome.yaml.</summary>
    private static string Rel(string root, string path) =>
        Path.Combine(Path.GetFileName(root), Path.GetRelativePath(root, path)).Replace('\\', '/');
}
