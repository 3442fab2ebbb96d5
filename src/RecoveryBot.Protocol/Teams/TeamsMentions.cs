using System.Text.RegularExpressions;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Protocol.Teams;

/// <summary>@mention handling (PROTOCOL §5.4).</summary>
public static class TeamsMentions
{
    public const string MentionEntityType = "mention";

    /// <summary>
    /// The activity's text without the bot's own @mention, as the SDK's <c>RemoveRecipientMention</c>: for each mention
    /// entity whose <c>mentioned.id</c> is <c>recipient.id</c>, every occurrence of its text (or <c>&lt;at&gt;name&lt;/at&gt;</c>)
    /// is removed case-insensitively, then the result is trimmed. Other people's mentions stay. Pure: the activity is not changed.
    /// </summary>
    public static string? RemoveRecipientMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (text is null || string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text?.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, MentionEntityType, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = entity.Text ?? $"<at>{entity.Mentioned?.Name}</at>";
            if (markup.Length > 0)
            {
                text = Regex.Replace(text, Regex.Escape(markup), string.Empty, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        return text.Trim();
    }
}
