using System.Text.RegularExpressions;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Words;

/// <summary>
/// The words staff see (console, Teams card and thread), from dialogs/staff.yaml: the project keeps user-facing
/// words in reviewed content, never in C# (ARCHITECTURE standards). Loaded once at start-up; every id in
/// <see cref="StaffWordIds"/> must be there, with no placeholder the code does not fill.
/// </summary>
public sealed partial class StaffWords
{
    public const string FileName = "staff.yaml";

    private readonly IReadOnlyDictionary<string, string> words;

    private StaffWords(string path, IReadOnlyDictionary<string, string> words)
    {
        Path = path;
        this.words = words;
    }

    /// <summary>The file the words came from (logged at start-up, shown in problems).</summary>
    public string Path { get; }

    /// <exception cref="InvalidDataException">The file is missing, malformed, or lacks a word the code uses.</exception>
    public static StaffWords Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Staff words file not found: {path}. The responder console and Teams alerts need dialogs/{FileName}.");
        }
        var (words, problems) = Read(path);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path} is not usable ({problems.Count} problem(s)):{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems));
        }
        return new StaffWords(path, words);
    }

    /// <summary>What <see cref="Load"/> would refuse in an existing file, one line per problem (for <c>dialogs check</c>).</summary>
    public static IReadOnlyList<string> Problems(string path) => Read(path).Problems;

    private static (Dictionary<string, string> Words, List<string> Problems) Read(string path)
    {
        var problems = new List<string>();
        var words = StaffWordsParser.Parse(path, File.ReadAllText(path), problems);
        if (problems.Count == 0)
        {
            Check(path, words, problems);
        }
        return (words, problems);
    }

    /// <summary>The text of <paramref name="id"/> with its <c>{placeholders}</c> filled (values as given, not encoded).</summary>
    public string Text(StaffWordId id, params (string Name, string? Value)[] values)
    {
        var text = words[id.Key];
        if (text.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return text;
        }
        return Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            foreach (var (n, v) in values)
            {
                if (n == name)
                {
                    return v ?? string.Empty;
                }
            }
            throw new InvalidOperationException($"No value given for {{{name}}} of {id.ContentId}.");
        });
    }

    public string Risk(RiskLevel risk) => Text(risk switch
    {
        RiskLevel.Crisis => StaffWordIds.RiskCrisis,
        RiskLevel.Concern => StaffWordIds.RiskConcern,
        _ => StaffWordIds.RiskRoutine,
    });

    /// <summary>A wait or hold time: "3 min 05 s" or "42 s".</summary>
    public string Duration(TimeSpan span) => span.TotalMinutes >= 1
        ? Text(StaffWordIds.DurationMinutes, ("minutes", ((int)span.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("seconds", span.Seconds.ToString("00", System.Globalization.CultureInfo.InvariantCulture)))
        : Text(StaffWordIds.DurationSeconds, ("seconds", Math.Max(0, (int)span.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static void Check(string path, Dictionary<string, string> words, List<string> problems)
    {
        var name = System.IO.Path.GetFileName(path);
        foreach (var id in StaffWordIds.All)
        {
            if (!words.TryGetValue(id.Key, out var text))
            {
                problems.Add($"{name}: '{id.Key}' is missing (content id {id.ContentId}, used by the code)");
                continue;
            }
            foreach (Match m in Placeholder().Matches(text))
            {
                if (!id.Placeholders.Contains(m.Groups[1].Value))
                {
                    var allowed = id.Placeholders.Count == 0 ? "none" : string.Join(", ", id.Placeholders.Select(p => "{" + p + "}"));
                    problems.Add($"{name}: '{id.Key}' uses {m.Value}, which the code does not fill (allowed: {allowed})");
                }
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex Placeholder();
}
