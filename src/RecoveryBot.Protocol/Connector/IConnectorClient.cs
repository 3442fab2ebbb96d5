using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Protocol.Connector;

/// <summary>
/// Bot → channel calls of the Connector REST API v3 (PROTOCOL §3.4). <c>serviceUrl</c> is always explicit: it comes
/// from the authenticated inbound activity or a stored conversation reference. Failures throw
/// <see cref="ConnectorException"/>; an untrusted host with authentication on throws
/// <see cref="UntrustedServiceUrlException"/> before anything is sent.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct = default);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c> with the full activity.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct = default);

    /// <summary><c>POST /v3/conversations</c>: proactive 1:1 chat or a new Teams channel thread (PROTOCOL §5.7).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct = default);

    /// <summary><c>GET /v3/conversations/{conversationId}/members</c>.</summary>
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken ct = default);
}
