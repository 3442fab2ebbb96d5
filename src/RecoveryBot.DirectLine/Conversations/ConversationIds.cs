using System.Security.Cryptography;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>Unguessable ids: 128 random bits, base64url (Azure's conversation ids look alike).</summary>
public static class ConversationIds
{
    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    /// <summary>Anonymous user ids carry the <c>dl_</c> prefix Web Chat reserves for ids from the token (PROTOCOL §4.3).</summary>
    public static string NewUserId() => "dl_" + Base64Url(RandomNumberGenerator.GetBytes(16));

    /// <summary>Activity id in Azure's shape <c>&lt;conversationId&gt;|0000007</c>, derived from the log watermark.</summary>
    public static string ActivityId(string conversationId, long watermark) =>
        conversationId + "|" + watermark.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ids we hand out are base64url; anything else in a route is not ours (404, never a lookup).</summary>
    public static bool LooksValid(string conversationId) =>
        conversationId.Length is > 0 and <= 64 && conversationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
