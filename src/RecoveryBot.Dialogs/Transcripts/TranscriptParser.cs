using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Transcripts;

/// <summary>Reads a transcript file, reporting unknown keys with their line like the content check does.</summary>
public static class TranscriptParser
{
    private static readonly string[] TurnKeys =
    [
        "start", "say", "tap", "risk", "category", "source", "locale", "channel", "expect", "effects", "noEffects",
        "contains", "notContains", "top", "answers",
    ];

    public static Transcript? Parse(string path, string displayName, List<ContentProblem> problems)
    {
        var root = YamlReader.Parse(path, displayName, problems);
        var r = new YamlReader(displayName, problems);
        if (r.Map(root, "a transcript") is not { } map)
        {
            return null;
        }
        r.AllowOnly(map, "the transcript", "name", "locale", "channel", "turns");
        var turns = new List<TranscriptTurn>();
        if (YamlReader.Get(map, "turns") is not YamlSequenceNode seq)
        {
            r.Problem(map, Rules.Schema, "a transcript needs 'turns' as a list");
            return null;
        }
        foreach (var node in seq)
        {
            if (r.Map(node, "a turn") is not { } t)
            {
                continue;
            }
            r.AllowOnly(t, "a turn", TurnKeys);
            var answers = new Dictionary<string, string>();
            if (YamlReader.Get(t, "answers") is YamlMappingNode am)
            {
                foreach (var (k, v) in am.Children)
                {
                    answers[((YamlScalarNode)k).Value!] = ((YamlScalarNode)v).Value ?? "";
                }
            }
            var source = r.Str(t, "source", "a turn");
            if (source is not null && source != EngineContract.ModelOnlySource)
            {
                r.Problem(t, Rules.Schema, $"a turn's 'source' can only be '{EngineContract.ModelOnlySource}' (the classifier alone raised the risk)");
            }
            var riskSource = source == EngineContract.ModelOnlySource ? Engine.RiskSource.ModelOnly : Engine.RiskSource.Rules;
            turns.Add(new TranscriptTurn
            {
                Line = YamlReader.LineOf(node),
                Start = r.Bool(t, "start", "a turn"),
                // "say" may be empty on purpose (an attachment with no text), so read it raw.
                Say = (YamlReader.Get(t, "say") as YamlScalarNode)?.Value,
                Tap = r.Str(t, "tap", "a turn"),
                Risk = r.Str(t, "risk", "a turn"),
                Category = r.Str(t, "category", "a turn"),
                Source = riskSource,
                Locale = r.Str(t, "locale", "a turn"),
                Channel = r.Str(t, "channel", "a turn"),
                Expect = YamlReader.Get(t, "expect") is { } e ? r.StrList(e, "expect") : null,
                Effects = r.StrList(YamlReader.Get(t, "effects"), "effects"),
                NoEffects = r.StrList(YamlReader.Get(t, "noEffects"), "noEffects"),
                Contains = r.StrList(YamlReader.Get(t, "contains"), "contains"),
                NotContains = r.StrList(YamlReader.Get(t, "notContains"), "notContains"),
                Top = r.Str(t, "top", "a turn"),
                Answers = answers,
            });
        }
        return new Transcript(displayName, r.Str(map, "name", "the transcript") ?? displayName,
            r.Str(map, "locale", "the transcript") ?? "en", r.Str(map, "channel", "the transcript"), turns);
    }
}
