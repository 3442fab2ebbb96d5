using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;

namespace RecoveryBot.Host.Handoffs;

/// <summary>The responders' Teams channel on the Connector client (PROTOCOL §5.7): new thread, card update, thread reply.</summary>
public sealed class ConnectorResponderChannel(IConnectorClient connector) : IResponderChannel
{
    public async Task<PostedThread> CreateThreadAsync(string serviceUrl, JsonObject createConversationBody, CancellationToken cancellationToken)
    {
        var parameters = createConversationBody.Deserialize(ProtocolJson.Context.ConversationParameters)
            ?? throw new ArgumentException("The create-conversation body is empty.", nameof(createConversationBody));
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        return new PostedThread(created.Id ?? throw new ConnectorException("createConversation", 200, "NoConversationId", null),
            created.ActivityId ?? string.Empty);
    }

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);

    public Task SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
}
