using Microsoft.Identity.Client;

namespace RecoveryBot.Protocol.Connector.Tokens;

/// <summary>Lets MSAL use a named <see cref="IHttpClientFactory"/> client (proxy settings, handler rotation, test certificates).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = ProtocolHttpClients.TokenEndpoint;

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
