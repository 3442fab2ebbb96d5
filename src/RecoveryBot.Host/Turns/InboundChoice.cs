using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

/// <summary>A tapped button's value in an inbound message.</summary>
public static class InboundChoice
{
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
