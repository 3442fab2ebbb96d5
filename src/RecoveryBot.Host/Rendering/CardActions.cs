using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Rendering;

/// <summary>Card actions for replies.</summary>
public static class CardActions
{
    /// <summary>
    /// imBack posts the visible label as the person's own message, so the transcript reads naturally and the
    /// engine recognises the label in either language.
    /// </summary>
    public static CardAction ImBack(ReplyChoice choice) => new()
    {
        Type = "imBack",
        Title = choice.Title,
        Value = System.Text.Json.JsonSerializer.SerializeToElement(choice.Title, CardJsonContext.Default.String),
    };

    public static CardAction OpenUrl(ReplyLink link) => new()
    {
        Type = "openUrl",
        Title = link.Title,
        Value = System.Text.Json.JsonSerializer.SerializeToElement(link.Url, CardJsonContext.Default.String),
    };
}
