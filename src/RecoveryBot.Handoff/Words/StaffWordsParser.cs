using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Handoff.Words;

/// <summary>
/// Reads dialogs/staff.yaml (<c>version</c>, <c>review: {by, on}</c>, <c>words: {key: text}</c>) and lists every
/// problem as <c>file:line: message</c>, like the person-facing content check does.
/// </summary>
internal static class StaffWordsParser
{
    public static Dictionary<string, string> Parse(string path, string yaml, List<string> problems)
    {
        var name = Path.GetFileName(path);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            problems.Add($"{name}:{ex.Start.Line}: not valid YAML: {ex.Message}");
            return words;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add($"{name}:1: expected one mapping with version, review and words");
            return words;
        }
        if (Child(root, "version") is not YamlScalarNode { Value: { } v } || !int.TryParse(v, out var version) || version < 1)
        {
            problems.Add($"{name}:1: 'version' must be a whole number from 1 (bump it on every change)");
        }
        if (Child(root, "review") is not YamlMappingNode review
            || Child(review, "by") is not YamlScalarNode { Value.Length: > 0 }
            || Child(review, "on") is not YamlScalarNode { Value.Length: > 0 })
        {
            problems.Add($"{name}:1: 'review: {{by, on}}' is required (who reviewed these words, and when)");
        }
        if (Child(root, "words") is not YamlMappingNode list)
        {
            problems.Add($"{name}:1: 'words' must map each key to its text");
            return words;
        }
        foreach (var (keyNode, valueNode) in list.Children)
        {
            var line = keyNode.Start.Line;
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                problems.Add($"{name}:{line}: a key must be plain text");
                continue;
            }
            if (valueNode is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                problems.Add($"{name}:{line}: '{key}' needs a non-empty text");
                continue;
            }
            words[key] = text; // YamlStream already refuses a key given twice ("Duplicate key")
        }
        return words;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
