using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Configuration;
using RecoveryBot.Protocol.Connector.Tokens;

namespace RecoveryBot.Protocol.Connector;

/// <summary>
/// Connector REST client (PROTOCOL §3.4). Retries live in the HttpClient's resilience handler
/// (<see cref="ConnectorRetry"/>); this class decides who gets a token and turns answers into types or a
/// <see cref="ConnectorException"/>. Logs ids and status codes only.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    TrustedServiceHosts trustedHosts,
    IOptions<BotFrameworkOptions> options,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default) =>
        SendAsync("reply", HttpMethod.Post, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId),
            Body(activity, ProtocolJson.Context.Activity), ProtocolJson.Context.ResourceResponse, ct);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct = default) =>
        SendAsync("send", HttpMethod.Post, ConnectorRoutes.Activities(serviceUrl, conversationId),
            Body(activity, ProtocolJson.Context.Activity), ProtocolJson.Context.ResourceResponse, ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default) =>
        SendAsync("update", HttpMethod.Put, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId),
            Body(activity, ProtocolJson.Context.Activity), ProtocolJson.Context.ResourceResponse, ct);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct = default) =>
        SendAsync("delete", HttpMethod.Delete, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId),
            null, ProtocolJson.Context.ResourceResponse, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct = default) =>
        SendAsync("createConversation", HttpMethod.Post, ConnectorRoutes.Conversations(serviceUrl),
            Body(parameters, ProtocolJson.Context.ConversationParameters), ProtocolJson.Context.ConversationResourceResponse, ct);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken ct = default) =>
        await SendAsync("getMembers", HttpMethod.Get, ConnectorRoutes.Members(serviceUrl, conversationId),
            null, ProtocolJson.Context.ListChannelAccount, ct).ConfigureAwait(false);

    // Bytes, not a streaming content: the retry handler may send the same request several times.
    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    private async Task<T> SendAsync<T>(string operation, HttpMethod method, Uri uri, HttpContent? content, JsonTypeInfo<T> resultType, CancellationToken ct)
        where T : new()
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!options.Value.IsAuthenticationDisabled)
        {
            // Checked before the token is even fetched: an untrusted host never sees it (PROTOCOL §3.2).
            if (!trustedHosts.IsTrusted(uri))
            {
                logger.LogError("Refused Connector {Operation}: host {Host} is not trusted", operation, uri.Host);
                throw new UntrustedServiceUrlException(uri.Host);
            }

            var token = await tokens.GetTokenAsync(ct).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var correlation = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
            var error = TryRead(body, ProtocolJson.Context.ErrorResponse)?.Error?.Code;
            logger.LogWarning("Connector {Operation} failed: {Status} {ErrorCode} correlation {CorrelationId}",
                operation, (int)response.StatusCode, error, correlation);
            throw new ConnectorException(operation, (int)response.StatusCode, error, correlation);
        }

        // 202/204 answers may come without a body.
        return TryRead(body, resultType) ?? new T();
    }

    private static T? TryRead<T>(byte[] body, JsonTypeInfo<T> typeInfo)
    {
        if (body.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
