using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.DirectLine.Options;

namespace RecoveryBot.DirectLine.Tokens;

public enum TokenCheck { Valid, Invalid, Expired }

/// <summary>Issues and validates the conversation-bound HS256 JWTs (issue #5 §2). Clock = TimeProvider.</summary>
public sealed class DirectLineTokenService(SigningKeyProvider keys, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    public async Task<string> IssueAsync(string conversationId, string? userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [TokenClaims.Conversation] = conversationId };
        if (userId is not null)
            claims[TokenClaims.User] = userId;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenClaims.Issuer,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(LifetimeSeconds),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(await keys.GetKeyAsync()), SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<(TokenCheck Check, DirectLineToken? Token)> ValidateAsync(string token)
    {
        if (token.Length > 4096 || !_handler.CanReadToken(token))
            return (TokenCheck.Invalid, null);
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TokenClaims.Issuer,
            ValidateAudience = false,
            ValidateLifetime = false, // checked below against TimeProvider so tests control the clock
            IssuerSigningKey = new SymmetricSecurityKey(await keys.GetKeyAsync()),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            return (TokenCheck.Invalid, null);
        if (!jwt.TryGetPayloadValue<string>(TokenClaims.Conversation, out var conversationId) || string.IsNullOrEmpty(conversationId))
            return (TokenCheck.Invalid, null);
        jwt.TryGetPayloadValue<string>(TokenClaims.User, out var userId);
        var expires = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero);
        if (jwt.ValidTo == DateTime.MinValue || expires <= clock.GetUtcNow())
            return (TokenCheck.Expired, null);
        return (TokenCheck.Valid, new DirectLineToken(conversationId, userId, expires));
    }
}
