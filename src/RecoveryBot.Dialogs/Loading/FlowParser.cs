using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>Reads one dialogs/flows/*.yaml file into a <see cref="Flow"/> (schema: dialogs/schema/flow.schema.json).</summary>
public static class FlowParser
{
    private static readonly string[] RootKeys = ["id", "version", "review", "start", "entries", "steps"];
    private static readonly string[] StepKeys =
    [
        "id", "kind", "prompt", "text", "retry", "maxAttempts", "save", "score", "choices", "min", "max", "links",
        "flow", "at", "effect", "next", "giveUp", "silent", "clear",
    ];

    public static Flow? Parse(YamlNode root, string flowId, YamlReader r)
    {
        var map = r.Map(root, "a flow file");
        if (map is null)
        {
            return null;
        }
        r.AllowOnly(map, "the flow file", RootKeys);
        var id = r.Str(map, "id", "the flow file");
        if (id is not null && id != flowId)
        {
            r.Problem(YamlReader.Get(map, "id"), Rules.Schema, $"id '{id}' must equal the file name '{flowId}'");
        }
        var version = r.Str(map, "version", "the flow file", required: true);
        var review = r.ReadReview(map, "the flow file");
        var steps = new List<Step>();
        if (YamlReader.Get(map, "steps") is YamlSequenceNode seq)
        {
            foreach (var node in seq)
            {
                if (ParseStep(node, r) is { } step)
                {
                    steps.Add(step);
                }
            }
        }
        else
        {
            r.Problem(map, Rules.Schema, "the flow file needs 'steps' as a list");
        }
        if (steps.Count == 0 || version is null || review is null)
        {
            return null;
        }
        return new Flow
        {
            Id = flowId,
            Version = version,
            Review = review,
            Start = r.Str(map, "start", "the flow file") ?? steps[0].Id,
            Steps = steps,
            Entries = r.StrList(YamlReader.Get(map, "entries"), "entries"),
            File = r.File,
        };
    }

    private static Step? ParseStep(YamlNode node, YamlReader r)
    {
        var m = r.Map(node, "a step");
        if (m is null)
        {
            return null;
        }
        var id = r.Str(m, "id", "a step", required: true);
        var what = $"step '{id}'";
        r.AllowOnly(m, what, StepKeys);
        var kindText = r.Str(m, "kind", what, required: true);
        if (id is null || kindText is null)
        {
            return null;
        }
        if (!Enum.TryParse<StepKind>(kindText, ignoreCase: true, out var kind) || char.IsUpper(kindText[0]))
        {
            r.Problem(YamlReader.Get(m, "kind"), Rules.Schema,
                $"{what}: kind '{kindText}' is not one of say, ask, call, handoff, end, branch, lookup");
            return null;
        }
        var prompt = PromptKind.None;
        if (kind == StepKind.Ask)
        {
            var p = r.Str(m, "prompt", what, required: true) ?? "text";
            if (!Enum.TryParse(p, ignoreCase: true, out prompt) || prompt == PromptKind.None || char.IsUpper(p[0]))
            {
                r.Problem(YamlReader.Get(m, "prompt"), Rules.Schema,
                    $"{what}: prompt '{p}' is not one of choice, confirm, text, number, zip");
                prompt = PromptKind.Text;
            }
        }
        var needsText = kind is StepKind.Say or StepKind.Ask or StepKind.Handoff or StepKind.Lookup;
        if (kind == StepKind.Call && YamlReader.Get(m, "flow") is null)
        {
            r.Problem(m, Rules.Schema, $"{what}: a call step needs 'flow'");
        }
        var choices = ChoiceParser.Parse(YamlReader.Get(m, "choices"), what, r);
        if (prompt == PromptKind.Choice && choices.Length == 0)
        {
            r.Problem(m, Rules.Schema, $"{what}: a choice prompt needs 'choices'");
        }
        return new Step
        {
            Id = id,
            Kind = kind,
            Prompt = prompt,
            Text = r.Localized(m, "text", what, needsText),
            Retry = r.Localized(m, "retry", what, required: false),
            MaxAttempts = r.Int(m, "maxAttempts", what) ?? 3,
            Save = r.Str(m, "save", what) ?? (prompt is PromptKind.Choice or PromptKind.Confirm or PromptKind.Number
                or PromptKind.Zip ? id : null),
            Score = r.StrList(YamlReader.Get(m, "score"), $"score of {what}"),
            Choices = choices,
            Min = r.Int(m, "min", what),
            Max = r.Int(m, "max", what),
            Links = r.StrList(YamlReader.Get(m, "links"), $"links of {what}"),
            Flow = r.Str(m, "flow", what),
            At = r.Str(m, "at", what),
            Effect = ReadEffect(m, what, r),
            Next = ConditionParser.ParseNext(YamlReader.Get(m, "next"), what, r),
            GiveUp = r.Str(m, "giveUp", what),
            Silent = r.Bool(m, "silent", what),
            Clear = r.Bool(m, "clear", what),
            Line = YamlReader.LineOf(node),
        };
    }

    private static string? ReadEffect(YamlMappingNode m, string what, YamlReader r)
    {
        var effect = r.Str(m, "effect", what);
        if (effect is not null and not ("delete-data" or "handoff"))
        {
            r.Problem(YamlReader.Get(m, "effect"), Rules.Schema, $"{what}: effect must be delete-data or handoff");
            return null;
        }
        return effect;
    }
}
