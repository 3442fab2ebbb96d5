using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>Turns a posted body into an Activity or a reason for 400 (never a 500 for bad input).</summary>
public static class InboundActivityParser
{
    public static (Activity? Activity, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
            return (null, "The body must be one activity (JSON object).");
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJson.Context.Activity);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid activity JSON.");
        }
        catch (InvalidOperationException)
        {
            return (null, "The body is not valid activity JSON.");
        }
        if (activity is null)
            return (null, "The body must be one activity (JSON object).");
        if (string.IsNullOrWhiteSpace(activity.Type) || activity.Type.Length > 64)
            return (null, "The activity needs a type (spec A2010).");
        if (activity.Type is ActivityTypes.ConversationUpdate)
            return (null, "Clients may not post conversationUpdate activities.");
        if (activity.ChannelData is { } data && data.ValueKind != JsonValueKind.Object)
            return (null, "channelData must be an object (spec A2200).");
        return (activity, null);
    }
}
