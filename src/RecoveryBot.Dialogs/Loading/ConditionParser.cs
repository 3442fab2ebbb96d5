using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>Reads <c>next:</c> (a step id, or a list of <c>{when, goto}</c>) and <c>when:</c> tests.</summary>
public static class ConditionParser
{
    public static NextRule[] ParseNext(YamlNode? node, string what, YamlReader r)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value):
                return [new NextRule(null, s.Value, YamlReader.LineOf(s))];
            case YamlSequenceNode seq:
                var rules = new List<NextRule>();
                foreach (var item in seq)
                {
                    if (r.Map(item, $"a next rule of {what}") is not { } m)
                    {
                        continue;
                    }
                    r.AllowOnly(m, $"a next rule of {what}", "when", "goto");
                    var target = r.Str(m, "goto", $"a next rule of {what}", required: true);
                    var when = YamlReader.Get(m, "when") is { } w ? ParseCondition(w, what, r) : null;
                    if (target is not null)
                    {
                        rules.Add(new NextRule(when, target, YamlReader.LineOf(item)));
                    }
                }
                return [.. rules];
            default:
                r.Problem(node, Rules.Schema, $"next of {what} must be a step id or a list of {{when, goto}}");
                return [];
        }
    }

    private static Condition? ParseCondition(YamlNode node, string what, YamlReader r)
    {
        if (r.Map(node, $"when of {what}") is not { } m)
        {
            return null;
        }
        r.AllowOnly(m, $"when of {what}", "var", "equals", "in", "atLeast", "atMost", "channel", "all", "any");
        if (r.Str(m, "channel", what) is { } channel)
        {
            return new ChannelCondition(channel);
        }
        foreach (var key in new[] { "all", "any" })
        {
            if (YamlReader.Get(m, key) is YamlSequenceNode parts)
            {
                var list = new List<Condition>();
                foreach (var part in parts)
                {
                    if (ParseCondition(part, what, r) is { } c)
                    {
                        list.Add(c);
                    }
                }
                return new CompositeCondition([.. list], key == "all");
            }
        }
        var name = r.Str(m, "var", $"when of {what}", required: true);
        if (name is null)
        {
            return null;
        }
        var oneOf = YamlReader.Get(m, "in") is { } inNode ? r.StrList(inNode, $"'in' of {what}") : null;
        return new VarCondition(name, r.Str(m, "equals", what), oneOf, r.Int(m, "atLeast", what), r.Int(m, "atMost", what));
    }
}
