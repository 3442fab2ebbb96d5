using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>Checks the <c>Authorization</c> header of <c>POST /api/messages</c> (PROTOCOL §2).</summary>
public interface IInboundAuthenticator
{
    /// <summary>True when no <c>MicrosoftAppId</c> is configured (local development, PROTOCOL §2.3).</summary>
    bool IsDisabled { get; }

    /// <summary>
    /// Validates the bearer token against the activity. On success sets <see cref="Activity.CallerId"/>.
    /// Never throws for bad input: failures come back as 401 (missing/invalid token) or 403 (valid token, key not
    /// endorsed for the activity's channel).
    /// </summary>
    Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken ct);
}
