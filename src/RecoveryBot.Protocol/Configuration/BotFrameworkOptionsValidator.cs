using Microsoft.Extensions.Options;

namespace RecoveryBot.Protocol.Configuration;

/// <summary>Start-up check of the app settings (PROTOCOL §3.1 table): a wrong combination fails fast, not on the first reply.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType)
            && !Enum.TryParse<MicrosoftAppType>(options.MicrosoftAppType.Trim(), ignoreCase: true, out _))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (!options.IsAuthenticationDisabled)
        {
            var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
            var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
            switch (options.AppType)
            {
                case MicrosoftAppType.MultiTenant when !hasPassword:
                    failures.Add("MultiTenant needs MicrosoftAppPassword.");
                    break;
                case MicrosoftAppType.SingleTenant:
                    if (!hasTenant) failures.Add("SingleTenant needs MicrosoftAppTenantId.");
                    if (!hasPassword) failures.Add("SingleTenant needs MicrosoftAppPassword.");
                    break;
                case MicrosoftAppType.UserAssignedMSI:
                    if (!hasTenant) failures.Add("UserAssignedMSI needs MicrosoftAppTenantId.");
                    if (hasPassword) failures.Add("UserAssignedMSI must not have MicrosoftAppPassword.");
                    break;
            }
        }

        CheckUrl(options.ToBotFromChannelOpenIdMetadataUrl, nameof(options.ToBotFromChannelOpenIdMetadataUrl), failures);
        CheckUrl(options.ToBotFromEmulatorOpenIdMetadataUrl, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), failures);
        CheckUrl(options.ToChannelFromBotLoginUrl, nameof(options.ToChannelFromBotLoginUrl), failures);
        if (options.OpenIdMetadataRefreshInterval <= TimeSpan.Zero || options.OpenIdMetadataRefreshInterval > TimeSpan.FromHours(24))
        {
            failures.Add("OpenIdMetadataRefreshInterval must be > 0 and ≤ 24 h (Bot Connector key rotation).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string value, string name, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{name} must be an absolute http(s) URL.");
        }
    }
}
