namespace RecoveryBot.Protocol.Configuration;

/// <summary>Public-cloud URLs, issuers and claim names quoted in PROTOCOL §2 and §3.</summary>
public static class AuthenticationConstants
{
    // §2.1 — Bot Connector (channel) tokens.
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string ChannelTokenIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";

    // §2.2 — Entra-issued tokens.
    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string TenantIdClaim = "tid";

    /// <summary>Tenants whose Entra tokens the SDK and the Agents SDK accept (PROTOCOL §2.2).</summary>
    public static readonly IReadOnlyList<string> WellKnownTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public static string EntraV1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";
    public static string EntraV2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>Set on the activity after a successful check (activity spec Appendix V).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    /// <summary>§2.1 step 5.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>§2.1 step 6 (SDK AllowedSigningAlgorithms).</summary>
    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    // §3.2 — outbound token.
    public const string LoginInstance = "https://login.microsoftonline.com/";
    public const string MultiTenantAuthorityTenant = "botframework.com";
    public const string ChannelScopeResource = "https://api.botframework.com";
}
