using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>
/// Reads YAML nodes by hand so every problem carries the file and line YamlDotNet marks, and unknown keys are
/// reported rather than silently ignored (a misspelt <c>nxt:</c> would otherwise change a conversation).
/// </summary>
public sealed class YamlReader(string file, List<ContentProblem> problems)
{
    public string File { get; } = file;

    public static YamlNode? Parse(string path, string displayName, List<ContentProblem> problems)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            problems.Add(new(displayName, (int)e.Start.Line, Rules.Yaml, e.Message));
            return null;
        }
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Problem(YamlNode? node, string rule, string message) =>
        problems.Add(new(File, node is null ? 1 : LineOf(node), rule, message));

    public YamlMappingNode? Map(YamlNode? node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }
        Problem(node, Rules.Schema, $"{what} must be a mapping");
        return null;
    }

    public void AllowOnly(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(allowed, name) < 0)
            {
                Problem(key, Rules.UnknownKey, $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public string? Str(YamlMappingNode map, string key, string what, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(map, Rules.Schema, $"{what} needs '{key}'");
            }
            return null;
        }
        if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
        {
            return s.Value;
        }
        Problem(node, Rules.Schema, $"'{key}' in {what} must be a non-empty text");
        return null;
    }

    public int? Int(YamlMappingNode map, string key, string what)
    {
        var s = Str(map, key, what);
        if (s is null)
        {
            return null;
        }
        if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Problem(Get(map, key), Rules.Schema, $"'{key}' in {what} must be a whole number");
        return null;
    }

    public bool Bool(YamlMappingNode map, string key, string what)
    {
        var s = Str(map, key, what);
        if (s is null)
        {
            return false;
        }
        if (s is "true" or "false")
        {
            return s == "true";
        }
        Problem(Get(map, key), Rules.Schema, $"'{key}' in {what} must be true or false");
        return false;
    }

    public string[] StrList(YamlNode? node, string what)
    {
        if (node is null)
        {
            return [];
        }
        if (node is YamlScalarNode one && one.Value is { Length: > 0 } v)
        {
            return [v];
        }
        if (node is not YamlSequenceNode seq)
        {
            Problem(node, Rules.Schema, $"{what} must be a list");
            return [];
        }
        var list = new List<string>();
        foreach (var item in seq)
        {
            if (item is YamlScalarNode s && s.Value is { Length: > 0 } sv)
            {
                list.Add(sv);
            }
            else
            {
                Problem(item, Rules.Schema, $"each item of {what} must be a text");
            }
        }
        return [.. list];
    }

    /// <summary><c>{en: ..., es: ...}</c>; a missing Spanish (or English) line is its own rule.</summary>
    public LocalizedText? Localized(YamlMappingNode map, string key, string what, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(map, Rules.Schema, $"{what} needs '{key}' with en and es");
            }
            return null;
        }
        var m = Map(node, $"'{key}' in {what}");
        if (m is null)
        {
            return null;
        }
        AllowOnly(m, $"'{key}' in {what}", "en", "es");
        var en = Str(m, "en", $"'{key}' in {what}");
        var es = Get(m, "es") is null ? null : Str(m, "es", $"'{key}' in {what}");
        if (en is null && Get(m, "en") is null)
        {
            Problem(m, Rules.Schema, $"'{key}' in {what} has no English (en) text");
        }
        if (es is null && Get(m, "es") is null)
        {
            Problem(m, Rules.MissingSpanish, $"'{key}' in {what} has no Spanish (es) text");
        }
        return en is null || es is null ? null : new LocalizedText(en.TrimEnd(), es.TrimEnd());
    }

    public Review? ReadReview(YamlMappingNode root, string what)
    {
        var node = Get(root, "review");
        if (node is null)
        {
            Problem(root, Rules.Schema, $"{what} needs 'review: {{by, on}}' (clinical sign-off)");
            return null;
        }
        var m = Map(node, "review");
        if (m is null)
        {
            return null;
        }
        AllowOnly(m, "review", "by", "on");
        var by = Str(m, "by", "review", required: true);
        var on = Str(m, "on", "review", required: true);
        return by is null || on is null ? null : new Review(by, on);
    }
}
