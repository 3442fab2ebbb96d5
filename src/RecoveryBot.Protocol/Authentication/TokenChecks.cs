using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>The checks both token kinds share: signature, algorithm, issuer, audience, lifetime with 5 min skew (PROTOCOL §2.1 steps 3–6).</summary>
internal static class TokenChecks
{
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    public static Task<TokenValidationResult> ValidateAsync(
        string rawToken, IEnumerable<SecurityKey> keys, IEnumerable<string> issuers, string audience, TimeProvider time) =>
        Handler.ValidateTokenAsync(rawToken, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidateIssuer = true,
            ValidAudience = audience,
            ValidateAudience = true,
            IssuerSigningKeys = keys,
            // Only the key named by kid may verify: the endorsement check below is about that key.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
            // The library's own clock is not injectable in this version; check nbf/exp against ours (step 5).
            LifetimeValidator = (notBefore, expires, _, _) => CheckLifetime(notBefore, expires, time.GetUtcNow().UtcDateTime),
        });

    private static bool CheckLifetime(DateTime? notBefore, DateTime? expires, DateTime now)
    {
        var skew = AuthenticationConstants.ClockSkew;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("token has no exp");
        }

        if (notBefore is { } nbf && nbf > now + skew)
        {
            throw new SecurityTokenNotYetValidException("token not yet valid") { NotBefore = nbf };
        }

        if (expires.Value < now - skew)
        {
            throw new SecurityTokenExpiredException("token expired") { Expires = expires.Value };
        }

        return true;
    }

    /// <summary>Finds the key the token names, or null (→ refresh the key set).</summary>
    public static SecurityKey? FindKey(IEnumerable<SecurityKey> keys, string? kid) =>
        string.IsNullOrEmpty(kid) ? null : keys.FirstOrDefault(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));

    /// <summary>A short reason for logs and the 401 body; never echoes the token.</summary>
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidIssuerException => "issuer not accepted",
        SecurityTokenInvalidAudienceException => "audience is not this bot's app id",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found",
        SecurityTokenInvalidSignatureException => "signature invalid",
        SecurityTokenMalformedException => "token malformed",
        null => "token invalid",
        _ => "token invalid: " + exception.GetType().Name,
    };
}
