using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Connector.Tokens;

/// <summary>Where the outbound token comes from and what it is for (PROTOCOL §3.1 overrides, §3.2).</summary>
internal static class ConnectorAuthority
{
    /// <summary>
    /// <c>ToChannelFromBotLoginUrl</c> without a path is an instance and gets the tenant appended
    /// (<c>botframework.com</c> for MultiTenant); with a path it is the full authority, as in the SDK.
    /// </summary>
    public static string For(BotFrameworkOptions options)
    {
        var login = new Uri(options.ToChannelFromBotLoginUrl, UriKind.Absolute);
        if (login.AbsolutePath.Trim('/').Length > 0)
        {
            return login.GetLeftPart(UriPartial.Path).TrimEnd('/');
        }

        var tenant = options.EffectiveTenantId ?? AuthenticationConstants.MultiTenantAuthorityTenant;
        return login.GetLeftPart(UriPartial.Authority) + "/" + Uri.EscapeDataString(tenant);
    }

    public static bool IsDefaultInstance(BotFrameworkOptions options) =>
        Uri.TryCreate(options.ToChannelFromBotLoginUrl, UriKind.Absolute, out var uri)
        && string.Equals(uri.Host, new Uri(AuthenticationConstants.LoginInstance).Host, StringComparison.OrdinalIgnoreCase);

    public static string Scope(BotFrameworkOptions options) => options.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
}
