using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>Turns a step into the reply the person sees; lines without placeholders are rendered once and reused.</summary>
internal static class ReplyRenderer
{
    public static Reply Step(TurnContext ctx, WorkingFrame frame, Step step)
    {
        var es = ctx.Locale == Locales.Es;
        var cached = es ? step.CachedEs : step.CachedEn;
        if (cached is not null)
        {
            return cached;
        }
        var text = step.Text is null ? "" : Template.Render(step.Text.Get(ctx.Locale), frame.Answers, null);
        var reply = new Reply(step.ContentId, text, step.ChoicesFor(ctx.Locale), step.LinksFor(ctx.Locale));
        if (step.Text is null || !step.Text.HasPlaceholders)
        {
            if (es)
            {
                step.CachedEs = reply;
            }
            else
            {
                step.CachedEn = reply;
            }
        }
        return reply;
    }

    /// <summary>The retry line (the step's own, or a shared one) with the step's buttons kept.</summary>
    public static Reply Retry(TurnContext ctx, WorkingFrame frame, Step step, string sharedMessageId,
        IReadOnlyDictionary<string, string>? args)
    {
        if (step.Retry is not null)
        {
            return new Reply(step.RetryContentId, Template.Render(step.Retry.Get(ctx.Locale), frame.Answers, args),
                step.ChoicesFor(ctx.Locale), step.LinksFor(ctx.Locale));
        }
        var shared = ctx.Catalog.Message(sharedMessageId, ctx.Locale, args);
        return shared with { Choices = step.ChoicesFor(ctx.Locale) };
    }
}
