using System.Text.Json.Nodes;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Teams;

/// <summary>The new thread's conversation id (opaque, PROTOCOL §5.7) and the id of its first activity (the card).</summary>
public sealed record PostedThread(string ConversationId, string ActivityId);

/// <summary>
/// The three Connector calls the responders' channel needs (PROTOCOL §3.4, §5.7). The host implements it on its
/// Connector client (see <see cref="DelegateResponderChannel"/>); tests use a recording fake.
/// </summary>
public interface IResponderChannel
{
    /// <summary><c>POST {serviceUrl}/v3/conversations</c> with the create-conversation body.</summary>
    Task<PostedThread> CreateThreadAsync(string serviceUrl, JsonObject createConversationBody, CancellationToken cancellationToken);

    /// <summary><c>PUT {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c> (card update, §5.5).</summary>
    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c> (a reply in the thread).</summary>
    Task SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Adapts three delegates (e.g. the Connector client's methods) to <see cref="IResponderChannel"/>.</summary>
public sealed class DelegateResponderChannel(
    Func<string, JsonObject, CancellationToken, Task<PostedThread>> createThread,
    Func<string, string, string, Activity, CancellationToken, Task> updateActivity,
    Func<string, string, Activity, CancellationToken, Task> sendToConversation) : IResponderChannel
{
    public Task<PostedThread> CreateThreadAsync(string serviceUrl, JsonObject body, CancellationToken ct) => createThread(serviceUrl, body, ct);

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        updateActivity(serviceUrl, conversationId, activityId, activity, ct);

    public Task SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        sendToConversation(serviceUrl, conversationId, activity, ct);
}
