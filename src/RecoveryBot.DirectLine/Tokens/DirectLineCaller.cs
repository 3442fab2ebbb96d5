namespace RecoveryBot.DirectLine.Tokens;

/// <summary>
/// Who is calling: the site's server with a secret (any conversation) or a browser with a token (its own
/// conversation and user only).
/// </summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    public static DirectLineCaller Secret { get; } = new(true, null);

    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Token!.ConversationId, conversationId, StringComparison.Ordinal);
}
