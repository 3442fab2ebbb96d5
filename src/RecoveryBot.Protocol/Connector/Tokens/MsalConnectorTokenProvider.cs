using Microsoft.Identity.Client;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Connector.Tokens;

/// <summary>
/// Client-credentials token for MultiTenant (authority tenant <c>botframework.com</c>) and SingleTenant
/// (<c>MicrosoftAppTenantId</c>) bots via MSAL (PROTOCOL §3.2). MSAL's in-memory app cache keeps the token until
/// shortly before expiry, so one confidential client lives as long as the process.
/// </summary>
internal sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalConnectorTokenProvider(BotFrameworkOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        var authority = ConnectorAuthority.For(options);
        var isDefaultInstance = ConnectorAuthority.IsDefaultInstance(options);
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory);

        // An overridden login URL (sovereign cloud, or a local fake in tests) is not in Microsoft's instance
        // discovery list, so authority validation and discovery are switched off for it only.
        builder = isDefaultInstance
            ? builder.WithAuthority(authority)
            : builder.WithAuthority(authority, validateAuthority: false).WithInstanceDiscovery(false);

        _app = builder.Build();
        _scopes = [ConnectorAuthority.Scope(options)];
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(ct).ConfigureAwait(false);
        return result.AccessToken;
    }
}
