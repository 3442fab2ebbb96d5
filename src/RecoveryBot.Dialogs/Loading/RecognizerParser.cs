using System.Globalization;
using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>What dialogs/recognizers.yaml holds: command phrases, yes/no words and number words.</summary>
public sealed class RecognizerWords
{
    public CommandTable Commands { get; } = new();
    public List<(string Phrase, string Locale)> Yes { get; } = [];
    public List<(string Phrase, string Locale)> No { get; } = [];
    public Dictionary<string, int> Numbers { get; } = new(StringComparer.Ordinal);
}

public static class RecognizerParser
{
    private static readonly Dictionary<string, GlobalCommand> CommandNames = new()
    {
        ["menu"] = GlobalCommand.Menu, ["help"] = GlobalCommand.Help, ["restart"] = GlobalCommand.Restart,
        ["stop"] = GlobalCommand.Stop, ["spanish"] = GlobalCommand.Spanish, ["english"] = GlobalCommand.English,
        ["person"] = GlobalCommand.Person, ["delete-data"] = GlobalCommand.DeleteData,
        ["privacy"] = GlobalCommand.Privacy, ["overdose"] = GlobalCommand.Overdose,
    };

    public static void Parse(YamlNode root, YamlReader r, RecognizerWords into)
    {
        if (r.Map(root, "recognizers.yaml") is not { } map)
        {
            return;
        }
        r.AllowOnly(map, "recognizers.yaml", "version", "review", "commands", "confirm", "numbers");
        r.Str(map, "version", "recognizers.yaml", required: true);
        r.ReadReview(map, "recognizers.yaml");
        if (r.Map(YamlReader.Get(map, "commands"), "'commands'") is { } commands)
        {
            foreach (var (key, value) in commands.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                if (!CommandNames.TryGetValue(name, out var command))
                {
                    r.Problem(key, Rules.UnknownKey, $"unknown command '{name}' (known: {string.Join(", ", CommandNames.Keys)})");
                    continue;
                }
                foreach (var (phrase, _) in PhrasesByLocale(value, $"command '{name}'", r))
                {
                    into.Commands.Add(phrase, command);
                }
            }
        }
        if (r.Map(YamlReader.Get(map, "confirm"), "'confirm'") is { } confirm)
        {
            r.AllowOnly(confirm, "'confirm'", "yes", "no");
            into.Yes.AddRange(PhrasesByLocale(YamlReader.Get(confirm, "yes"), "confirm yes", r));
            into.No.AddRange(PhrasesByLocale(YamlReader.Get(confirm, "no"), "confirm no", r));
        }
        if (r.Map(YamlReader.Get(map, "numbers"), "'numbers'") is { } numbers)
        {
            foreach (var (_, words) in numbers.Children)
            {
                if (r.Map(words, "number words") is not { } wm)
                {
                    continue;
                }
                foreach (var (w, n) in wm.Children)
                {
                    if (int.TryParse(((YamlScalarNode)n).Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
                    {
                        into.Numbers[TextNormalizer.Normalize(((YamlScalarNode)w).Value)] = v;
                    }
                }
            }
        }
    }

    private static IEnumerable<(string Phrase, string Locale)> PhrasesByLocale(YamlNode? node, string what, YamlReader r)
    {
        if (r.Map(node, what) is not { } m)
        {
            yield break;
        }
        r.AllowOnly(m, what, "en", "es");
        if (YamlReader.Get(m, "es") is null)
        {
            r.Problem(m, Rules.MissingSpanish, $"{what} has no Spanish (es) phrases");
        }
        foreach (var locale in new[] { "en", "es" })
        {
            foreach (var phrase in r.StrList(YamlReader.Get(m, locale), what))
            {
                yield return (phrase, locale);
            }
        }
    }
}
