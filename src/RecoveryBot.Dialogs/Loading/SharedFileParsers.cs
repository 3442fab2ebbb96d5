using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>A stigmatising word the content check flags, and what to say instead (CONTENT-BRIEF §4).</summary>
public sealed record StigmaWord(string Word, string Instead);

/// <summary>Reads messages.yaml, the resource files and words.yaml.</summary>
public static class SharedFileParsers
{
    public static void Messages(YamlNode root, YamlReader r, Dictionary<string, MessageDef> into)
    {
        if (Header(root, r, "messages") is not { } items)
        {
            return;
        }
        foreach (var (key, value) in items.Children)
        {
            var id = ((YamlScalarNode)key).Value ?? "";
            if (r.Map(value, $"message '{id}'") is not { } m)
            {
                continue;
            }
            r.AllowOnly(m, $"message '{id}'", "text", "links");
            if (r.Localized(m, "text", $"message '{id}'", required: true) is { } text)
            {
                into[id] = new MessageDef(id, text, r.StrList(YamlReader.Get(m, "links"), $"links of '{id}'"),
                    YamlReader.LineOf(key));
            }
        }
    }

    public static void Resources(YamlNode root, YamlReader r, Dictionary<string, Resource> into)
    {
        if (r.Map(root, "a resource file") is not { } map)
        {
            return;
        }
        r.AllowOnly(map, "the resource file", "version", "review", "resources");
        r.Str(map, "version", "the resource file", required: true);
        r.ReadReview(map, "the resource file");
        if (YamlReader.Get(map, "resources") is not YamlSequenceNode seq)
        {
            r.Problem(map, Rules.Schema, "the resource file needs 'resources' as a list");
            return;
        }
        foreach (var item in seq)
        {
            if (r.Map(item, "a resource") is not { } m)
            {
                continue;
            }
            var id = r.Str(m, "id", "a resource", required: true) ?? "?";
            r.AllowOnly(m, $"resource '{id}'", "id", "title", "url");
            var title = r.Localized(m, "title", $"resource '{id}'", required: true);
            var url = r.Str(m, "url", $"resource '{id}'");
            if (url is null || !(url.StartsWith("tel:", StringComparison.Ordinal)
                || url.StartsWith("sms:", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)))
            {
                r.Problem(item, Rules.ResourceContact, $"resource '{id}' needs a contact url (tel:, sms: or https://)");
                continue;
            }
            if (title is not null && !into.TryAdd(id, new Resource(id, title, url, r.File, YamlReader.LineOf(item))))
            {
                r.Problem(item, Rules.Schema, $"resource id '{id}' is defined twice");
            }
        }
    }

    public static void Words(YamlNode root, YamlReader r, List<StigmaWord> into)
    {
        if (Header(root, r, "stigmatising") is not { } items)
        {
            return;
        }
        foreach (var (key, value) in items.Children)
        {
            into.Add(new StigmaWord(((YamlScalarNode)key).Value ?? "", (value as YamlScalarNode)?.Value ?? ""));
        }
    }

    /// <summary>Checks version + review and returns the mapping under <paramref name="listKey"/>.</summary>
    private static YamlMappingNode? Header(YamlNode root, YamlReader r, string listKey)
    {
        if (r.Map(root, "the file") is not { } map)
        {
            return null;
        }
        r.AllowOnly(map, "the file", "version", "review", listKey);
        r.Str(map, "version", "the file", required: true);
        r.ReadReview(map, "the file");
        return r.Map(YamlReader.Get(map, listKey), $"'{listKey}'");
    }
}
