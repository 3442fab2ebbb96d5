namespace RecoveryBot.Protocol.Configuration;

/// <summary>
/// Bot Framework settings, bound from the configuration root under the names the SDK uses (PROTOCOL §3.1), so an
/// operator's existing App Service settings keep working.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>Case-insensitive; a missing or unknown value means <c>MultiTenant</c>, as in the SDK.</summary>
    public string? MicrosoftAppType { get; set; }
    /// <summary>Empty ⇒ authentication disabled (local development, PROTOCOL §2.3).</summary>
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Connector (channel tokens, PROTOCOL §2.1 step 2).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = AuthenticationConstants.ChannelOpenIdMetadataUrl;
    /// <summary>OpenID metadata for Entra-issued tokens (Emulator, single-tenant paths, PROTOCOL §2.2).</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = AuthenticationConstants.EntraOpenIdMetadataUrl;
    public string ToBotFromChannelTokenIssuer { get; set; } = AuthenticationConstants.ChannelTokenIssuer;

    /// <summary>
    /// Entra login instance, e.g. <c>https://login.microsoftonline.com/</c>. When the value has no path the tenant
    /// (<c>botframework.com</c> or <c>MicrosoftAppTenantId</c>) is appended; a value with a path is used as the full
    /// authority, as the SDK does with this setting.
    /// </summary>
    public string ToChannelFromBotLoginUrl { get; set; } = AuthenticationConstants.LoginInstance;
    /// <summary>Resource the outbound token is for; <c>/.default</c> is appended for the scope.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = AuthenticationConstants.ChannelScopeResource;

    /// <summary>How often the signing keys are fetched again; the docs require at most 24 h (PROTOCOL §2.1).</summary>
    public TimeSpan OpenIdMetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public MicrosoftAppType AppType =>
        Enum.TryParse<MicrosoftAppType>(MicrosoftAppType?.Trim(), ignoreCase: true, out var type)
            && Enum.IsDefined(type)
            ? type
            : Configuration.MicrosoftAppType.MultiTenant;

    /// <summary>The tenant, or null for MultiTenant where the SDK ignores it (PROTOCOL §3.1).</summary>
    public string? EffectiveTenantId =>
        AppType == Configuration.MicrosoftAppType.MultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? null
            : MicrosoftAppTenantId.Trim();
}
