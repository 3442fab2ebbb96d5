using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>
/// One OpenID metadata document with its signing keys, refreshed by <see cref="ConfigurationManager{T}"/>
/// (automatic interval ≤ 24 h, <see cref="RequestRefresh"/> on an unknown <c>kid</c>; PROTOCOL §2.1), plus the
/// non-standard <c>endorsements</c> arrays, read from a second fetch of the raw <c>jwks_uri</c> because
/// <c>JsonWebKey</c> drops that member.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly IDocumentRetriever _retriever;

    // Endorsements belong to the key set they were read with: one entry per configuration instance, so a refresh
    // of the keys brings a fresh read of the endorsements.
    private readonly ConditionalWeakTable<OpenIdConnectConfiguration, Task<IReadOnlyDictionary<string, string[]>>> _endorsements = new();

    public OpenIdMetadataSource(string metadataUrl, IDocumentRetriever retriever, TimeSpan automaticRefreshInterval)
    {
        MetadataUrl = metadataUrl;
        _retriever = retriever;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = automaticRefreshInterval,
        };
    }

    public string MetadataUrl { get; }

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken ct) =>
        _manager.GetConfigurationAsync(ct);

    /// <summary>Asks for fresh keys; honoured at most once per <c>RefreshInterval</c> (5 min) by the manager.</summary>
    public void RequestRefresh() => _manager.RequestRefresh();

    /// <summary>kid → endorsements (channel ids) of the key set behind <paramref name="configuration"/>.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> GetEndorsementsAsync(OpenIdConnectConfiguration configuration, CancellationToken ct)
    {
        var task = _endorsements.GetValue(configuration, c => FetchEndorsementsAsync(c.JwksUri));
        try
        {
            return await task.WaitAsync(ct).ConfigureAwait(false);
        }
        catch when (task.IsFaulted)
        {
            // A failed fetch must not stick to this key set: the next request tries again.
            _endorsements.Remove(configuration);
            throw;
        }
    }

    private async Task<IReadOnlyDictionary<string, string[]>> FetchEndorsementsAsync(string jwksUri)
    {
        var json = await _retriever.GetDocumentAsync(jwksUri, CancellationToken.None).ConfigureAwait(false);
        return ParseEndorsements(json);
    }

    internal static IReadOnlyDictionary<string, string[]> ParseEndorsements(string jwksJson)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(jwksJson);
        if (!doc.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            result[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToArray();
        }

        return result;
    }
}
