using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>Reads a step's <c>choices:</c> list (YAML anchors let PHQ/GAD items share one answer list).</summary>
public static class ChoiceParser
{
    private static readonly string[] Keys = ["value", "label", "synonyms", "score", "goto", "escalate", "category"];

    public static Choice[] Parse(YamlNode? node, string what, YamlReader r)
    {
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode seq)
        {
            r.Problem(node, Rules.Schema, $"choices of {what} must be a list");
            return [];
        }
        var list = new List<Choice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq)
        {
            var m = r.Map(item, $"a choice of {what}");
            if (m is null)
            {
                continue;
            }
            var value = r.Str(m, "value", $"a choice of {what}", required: true);
            var cw = $"choice '{value}' of {what}";
            r.AllowOnly(m, cw, Keys);
            var label = r.Localized(m, "label", cw, required: true);
            if (value is null || label is null)
            {
                continue;
            }
            if (!seen.Add(value))
            {
                r.Problem(item, Rules.DuplicateChoice, $"{what}: choice value '{value}' appears twice");
            }
            var escalate = r.Str(m, "escalate", cw);
            if (escalate is not null and not "crisis")
            {
                r.Problem(YamlReader.Get(m, "escalate"), Rules.Schema, $"{cw}: escalate must be 'crisis'");
            }
            string[] en = [], es = [];
            if (YamlReader.Get(m, "synonyms") is { } syn && r.Map(syn, $"synonyms of {cw}") is { } sm)
            {
                r.AllowOnly(sm, $"synonyms of {cw}", "en", "es");
                en = r.StrList(YamlReader.Get(sm, "en"), $"synonyms of {cw}");
                es = r.StrList(YamlReader.Get(sm, "es"), $"synonyms of {cw}");
                if (en.Length > 0 && YamlReader.Get(sm, "es") is null)
                {
                    r.Problem(sm, Rules.MissingSpanish, $"synonyms of {cw} have no Spanish (es) list");
                }
            }
            list.Add(new Choice
            {
                Value = value,
                Label = label,
                SynonymsEn = en,
                SynonymsEs = es,
                Score = r.Int(m, "score", cw),
                Goto = r.Str(m, "goto", cw),
                Escalate = escalate,
                Category = r.Str(m, "category", cw),
                Line = YamlReader.LineOf(item),
            });
        }
        return [.. list];
    }
}
