using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

/// <summary>Pulls what the person said out of an inbound message: typed text and/or a tapped button's value.</summary>
public static class InboundText
{
    /// <summary>The message text with the bot's own @mention removed (Teams channels put "&lt;at&gt;Bot&lt;/at&gt;" in it, PROTOCOL §1.6).</summary>
    public static string Text(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (activity.Entities is null || activity.Recipient?.Id is not { } botId || text.IndexOf("<at>", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.Type == "mention" && entity.Mentioned?.Id == botId && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }
        return text.Trim();
    }

    /// <summary>
    /// A button's value: our Adaptive Cards submit <c>{"choice": "..."}</c>; Web Chat postBack/messageBack send a
    /// string or an object value.
    /// </summary>
    public static string? ChoiceValue(Activity activity)
    {
        if (activity.Value is not { } value)
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("choice", out var choice) && choice.ValueKind == JsonValueKind.String => choice.GetString(),
            _ => null,
        };
    }
}
