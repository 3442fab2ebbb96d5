using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// What a turn produced: the replies (already addressed to the conversation) and, for an invoke, the HTTP status
/// and body to answer with (PROTOCOL §3.5).
/// </summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, int? InvokeStatus = null, JsonElement? InvokeBody = null)
{
    public static readonly TurnResult Nothing = new([]);
}
