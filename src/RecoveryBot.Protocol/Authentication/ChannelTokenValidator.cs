using Microsoft.IdentityModel.JsonWebTokens;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>Bot Connector tokens issued by <c>https://api.botframework.com</c> (PROTOCOL §2.1, all eight steps).</summary>
internal sealed class ChannelTokenValidator(OpenIdMetadataSource metadata, BotFrameworkOptions options, TimeProvider time)
{
    public async Task<InboundAuthResult> ValidateAsync(string rawToken, JsonWebToken token, Activity activity, CancellationToken ct)
    {
        var configuration = await metadata.GetConfigurationAsync(ct).ConfigureAwait(false);
        if (TokenChecks.FindKey(configuration.SigningKeys, token.Kid) is null)
        {
            // Keys can be added at any time (§2.1): ask for a fresh key set; this request still fails.
            metadata.RequestRefresh();
            return InboundAuthResult.Unauthorized("signing key not found; key refresh requested");
        }

        var result = await TokenChecks.ValidateAsync(
            rawToken, configuration.SigningKeys, [options.ToBotFromChannelTokenIssuer], options.MicrosoftAppId!, time).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return InboundAuthResult.Unauthorized(TokenChecks.Describe(result.Exception));
        }

        // Step 8: the key must be endorsed for the channel the activity claims to come from.
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return InboundAuthResult.Unauthorized("activity has no channelId");
        }

        var endorsements = await metadata.GetEndorsementsAsync(configuration, ct).ConfigureAwait(false);
        if (!endorsements.TryGetValue(token.Kid, out var channels) || !channels.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return InboundAuthResult.Forbidden($"signing key not endorsed for channel '{activity.ChannelId}'");
        }

        // Step 7: the token was minted for this serviceUrl, so replies cannot be steered elsewhere.
        var serviceUrl = token.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var claim) ? claim : null;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Unauthorized("serviceurl claim does not match the activity's serviceUrl");
        }

        return InboundAuthResult.Success(AuthenticationConstants.AzureCallerId);
    }
}
