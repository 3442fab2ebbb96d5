using RecoveryBot.Protocol.Activities;
using RecoveryBot.Storage.Privacy;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// What the person typed is stored redacted (issue 7): the echo they see and the history on reload show the masked
/// text, while the bot's turn received the original activity in memory. Only the person's own messages are touched:
/// the bot's and responders' words are ours and carry hotline numbers that must stay readable. Everything else
/// of the activity — in particular <c>channelData.clientActivityID</c>, which Web Chat uses to match its pending
/// message with the echo — is stored unchanged.
/// </summary>
public static class StoredActivityRedaction
{
    public static async Task<byte[]> ToStoredBytesAsync(Activity activity, ITextRedactor? redactor, CancellationToken ct)
    {
        if (redactor is null || !IsFromPerson(activity) || string.IsNullOrEmpty(activity.Text))
        {
            return ActivityJson.ToStoredBytes(activity);
        }
        var original = activity.Text;
        var redacted = await redactor.RedactAsync(original, activity.Locale, ct);
        // Swap, serialize, restore: the caller still holds (and hands the bot) the original text.
        activity.Text = redacted;
        try { return ActivityJson.ToStoredBytes(activity); }
        finally { activity.Text = original; }
    }

    /// <summary>The text as <see cref="ToStoredBytesAsync"/> would store it: how a retried post is recognised in the log.</summary>
    public static async ValueTask<string?> StoredTextAsync(Activity activity, ITextRedactor? redactor, CancellationToken ct) =>
        redactor is null || !IsFromPerson(activity) || string.IsNullOrEmpty(activity.Text)
            ? activity.Text
            : await redactor.RedactAsync(activity.Text, activity.Locale, ct);

    private static bool IsFromPerson(Activity activity) =>
        activity.Type == ActivityTypes.Message && string.Equals(activity.From?.Role, "user", StringComparison.Ordinal);
}
