using Microsoft.IdentityModel.JsonWebTokens;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>
/// Entra-issued tokens (PROTOCOL §2.2): v1 <c>sts.windows.net/{tid}/</c> and v2 <c>login.microsoftonline.com/{tid}/v2.0</c>
/// issuers of the well-known Bot Framework tenants and of our own tenant; <c>appid</c> (ver 1.0) or <c>azp</c>
/// (ver 2.0) must be our app id, so a token for us minted for some other app (a "skill" caller) is refused.
/// </summary>
internal sealed class EntraTokenValidator(OpenIdMetadataSource metadata, BotFrameworkOptions options, TimeProvider time)
{
    public IReadOnlySet<string> Issuers { get; } = BuildIssuers(options);

    public async Task<InboundAuthResult> ValidateAsync(string rawToken, JsonWebToken token, Activity activity, CancellationToken ct)
    {
        var configuration = await metadata.GetConfigurationAsync(ct).ConfigureAwait(false);
        if (TokenChecks.FindKey(configuration.SigningKeys, token.Kid) is null)
        {
            metadata.RequestRefresh();
            return InboundAuthResult.Unauthorized("signing key not found; key refresh requested");
        }

        var appId = options.MicrosoftAppId!;
        var result = await TokenChecks.ValidateAsync(rawToken, configuration.SigningKeys, Issuers, appId, time).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return InboundAuthResult.Unauthorized(TokenChecks.Describe(result.Exception));
        }

        var version = token.TryGetPayloadValue<string>(AuthenticationConstants.VersionClaim, out var ver) ? ver : null;
        var appClaim = version switch
        {
            "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (appClaim is null)
        {
            return InboundAuthResult.Unauthorized("token version claim missing or unknown");
        }

        var caller = token.TryGetPayloadValue<string>(appClaim, out var value) ? value : null;
        if (!string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Unauthorized($"{appClaim} claim is not this bot's app id");
        }

        return InboundAuthResult.Success(AuthenticationConstants.AzureCallerId);
    }

    private static HashSet<string> BuildIssuers(BotFrameworkOptions options)
    {
        var tenants = new List<string>(AuthenticationConstants.WellKnownTenants);
        // MultiTenant ignores MicrosoftAppTenantId (PROTOCOL §3.1), so only single-tenant/MSI bots add their own.
        if (options.EffectiveTenantId is { } tenant)
        {
            tenants.Add(tenant);
        }

        return tenants
            .SelectMany(t => new[] { AuthenticationConstants.EntraV1Issuer(t), AuthenticationConstants.EntraV2Issuer(t) })
            .ToHashSet(StringComparer.Ordinal);
    }
}
