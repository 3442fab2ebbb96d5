using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>A fake Connector for the responders' channel: records the three calls, answers like Teams.</summary>
public sealed class RecordingResponderChannel : IResponderChannel
{
    private int threads;

    public ConcurrentQueue<(string ServiceUrl, JsonObject Body)> Created { get; } = new();

    /// <summary>Runs while the card is being posted (before Teams answers): races such as a claim in the console.</summary>
    public Func<JsonObject, Task>? WhilePosting { get; set; }
    public ConcurrentQueue<(string ConversationId, string ActivityId, Activity Activity)> Updated { get; } = new();
    public ConcurrentQueue<(string ConversationId, Activity Activity)> Sent { get; } = new();

    public Task<PostedThread> CreateThreadAsync(string serviceUrl, JsonObject createConversationBody, CancellationToken cancellationToken)
    {
        Created.Enqueue((serviceUrl, createConversationBody));
        return AnswerAsync(createConversationBody);
    }

    private async Task<PostedThread> AnswerAsync(JsonObject createConversationBody)
    {
        if (WhilePosting is not null)
        {
            await WhilePosting(createConversationBody);
        }
        var root = (1763647620451 + Interlocked.Increment(ref threads)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var channel = createConversationBody["channelData"]!["channel"]!["id"]!.GetValue<string>();
        return new PostedThread($"{channel};messageid={root}", root);
    }

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Enqueue((conversationId, activityId, activity));
        return Task.CompletedTask;
    }

    public Task SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((conversationId, activity));
        return Task.CompletedTask;
    }
}
