using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>
/// Picks the validator by the (not yet trusted) <c>iss</c> claim — Bot Connector or Entra — as the Agents SDK does
/// (PROTOCOL §2.2), then lets that validator check everything. Logs reasons and activity ids only.
/// </summary>
public sealed class InboundAuthenticator : IInboundAuthenticator
{
    private const string BearerPrefix = "Bearer ";
    private readonly BotFrameworkOptions _options;
    private readonly ChannelTokenValidator _channel;
    private readonly EntraTokenValidator _entra;
    private readonly ILogger<InboundAuthenticator> _logger;

    public InboundAuthenticator(
        IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<InboundAuthenticator> logger)
        : this(options.Value, new MetadataDocumentRetriever(httpClientFactory), time, logger)
    {
    }

    internal InboundAuthenticator(BotFrameworkOptions options, IDocumentRetriever retriever, TimeProvider time, ILogger<InboundAuthenticator> logger)
    {
        _options = options;
        _logger = logger;
        _channel = new ChannelTokenValidator(
            new OpenIdMetadataSource(options.ToBotFromChannelOpenIdMetadataUrl, retriever, options.OpenIdMetadataRefreshInterval), options, time);
        _entra = new EntraTokenValidator(
            new OpenIdMetadataSource(options.ToBotFromEmulatorOpenIdMetadataUrl, retriever, options.OpenIdMetadataRefreshInterval), options, time);
    }

    public bool IsDisabled => _options.IsAuthenticationDisabled;

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await CheckAsync(authorizationHeader, activity, ct).ConfigureAwait(false);
        if (result.Succeeded)
        {
            activity.CallerId = result.CallerId;
        }
        else
        {
            _logger.LogWarning("Inbound auth refused activity {ActivityId} on channel {ChannelId}: {Status} {Reason}",
                activity.Id, activity.ChannelId, result.StatusCode, result.Reason);
        }

        return result;
    }

    private async Task<InboundAuthResult> CheckAsync(string? header, Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            // §2.3: without an app id a request without a header is anonymous; otherwise it is refused.
            return IsDisabled ? InboundAuthResult.Anonymous() : InboundAuthResult.Unauthorized("missing Authorization header");
        }

        if (IsDisabled)
        {
            // The SDK still validates a sent token, and with no app id no audience can match.
            return InboundAuthResult.Unauthorized("token sent but no MicrosoftAppId is configured");
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Unauthorized("Authorization scheme is not Bearer");
        }

        var raw = header[BearerPrefix.Length..].Trim();
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return InboundAuthResult.Unauthorized("token malformed");
        }

        var issuer = token.Issuer;
        try
        {
            if (string.Equals(issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
            {
                return await _channel.ValidateAsync(raw, token, activity, ct).ConfigureAwait(false);
            }

            if (_entra.Issuers.Contains(issuer))
            {
                return await _entra.ValidateAsync(raw, token, activity, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException
                                       or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Our dependency failed, not the caller: say so instead of blaming the token (and never a 500).
            _logger.LogError(ex, "OpenID metadata unavailable while checking activity {ActivityId}", activity.Id);
            return new InboundAuthResult(false, 503, "signing keys unavailable", null);
        }

        return InboundAuthResult.Unauthorized("issuer not accepted");
    }
}
