using System.Net;
using Microsoft.IdentityModel.Protocols;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>
/// Fetches OpenID metadata and key documents through <see cref="IHttpClientFactory"/> (so handlers rotate) and
/// refuses plain http except on loopback, where the test issuers live.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = ProtocolHttpClients.OpenIdMetadata;

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException("Metadata address is not an absolute URL.");
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
        {
            throw new InvalidOperationException($"Metadata address must use https: {uri.GetLeftPart(UriPartial.Authority)}");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
}
