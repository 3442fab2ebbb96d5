namespace RecoveryBot.DirectLine.Tokens;

/// <summary>Claim names in our Direct Line JWTs. Web Chat reads <c>user</c> as the user id (PROTOCOL §4.3).</summary>
public static class TokenClaims
{
    public const string Conversation = "conv";
    public const string User = "user";
    public const string Issuer = "recoverybot-directline";
}

/// <summary>A validated token: one conversation, one user id, an expiry.</summary>
public sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);
