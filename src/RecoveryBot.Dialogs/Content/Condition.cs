namespace RecoveryBot.Dialogs.Content;

/// <summary>What a <c>when:</c> rule can look at: the frame's answers and the channel. Nothing else.</summary>
public readonly record struct ConditionContext(IReadOnlyDictionary<string, string> Answers, string? Channel);

/// <summary>A structured <c>when:</c> test (ARCHITECTURE §5: no expression language).</summary>
public abstract class Condition
{
    public abstract bool Matches(in ConditionContext context);
}

/// <summary><c>{var: x, equals: v}</c>, <c>{var: x, in: [..]}</c>, <c>{var: x, atLeast: n, atMost: m}</c>.</summary>
public sealed class VarCondition(string name, string? equals, string[]? oneOf, int? atLeast, int? atMost) : Condition
{
    public string Name { get; } = name;

    public override bool Matches(in ConditionContext context)
    {
        if (!context.Answers.TryGetValue(Name, out var value))
        {
            return false;
        }
        if (equals is not null && !string.Equals(value, equals, StringComparison.Ordinal))
        {
            return false;
        }
        if (oneOf is not null && Array.IndexOf(oneOf, value) < 0)
        {
            return false;
        }
        if (atLeast is not null || atMost is not null)
        {
            if (!int.TryParse(value, out var n))
            {
                return false;
            }
            return (atLeast is null || n >= atLeast) && (atMost is null || n <= atMost);
        }
        return true;
    }
}

/// <summary><c>{channel: msteams}</c>: the welcome's Teams-only retention notice.</summary>
public sealed class ChannelCondition(string channel) : Condition
{
    public override bool Matches(in ConditionContext context) =>
        string.Equals(context.Channel, channel, StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>{all: [...]}</c> or <c>{any: [...]}</c>.</summary>
public sealed class CompositeCondition(Condition[] parts, bool all) : Condition
{
    public override bool Matches(in ConditionContext context)
    {
        foreach (var part in parts)
        {
            var m = part.Matches(context);
            if (all && !m)
            {
                return false;
            }
            if (!all && m)
            {
                return true;
            }
        }
        return all;
    }
}

/// <summary>One <c>next:</c> rule: go to <see cref="Goto"/> when <see cref="When"/> holds (or always).</summary>
public sealed record NextRule(Condition? When, string Goto, int Line);
