using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Content;

/// <summary>Precomputes a step's ids, buttons, links and choice table once at load (performance: issue 3 §6).</summary>
internal static class StepCompiler
{
    public static void Compile(Flow flow, Step step, ContentCatalog catalog)
    {
        step.ContentId = flow.Id + "/" + step.Id;
        step.RetryContentId = step.ContentId + ".retry";
        step.FallThrough = ContentCatalog.FallThroughOf(flow, step);
        step.LinksEn = catalog.LinksFor(step.Links, Locales.En);
        step.LinksEs = catalog.LinksFor(step.Links, Locales.Es);
        if (step.Prompt is not (PromptKind.Choice or PromptKind.Confirm))
        {
            return;
        }
        var choices = step.Choices;
        if (step.Prompt == PromptKind.Confirm && choices.Length == 0)
        {
            choices = [Default("yes", "confirm-yes", catalog), Default("no", "confirm-no", catalog)];
        }
        step.EffectiveChoices = choices;
        step.ChoicesEn = [.. choices.Select(c => new ReplyChoice(c.Label.En, c.Value))];
        step.ChoicesEs = [.. choices.Select(c => new ReplyChoice(c.Label.Es, c.Value))];
        var phrases = new List<(string, int)>();
        for (var i = 0; i < choices.Length; i++)
        {
            var c = choices[i];
            phrases.Add((c.Label.En, i));
            phrases.Add((c.Label.Es, i));
            phrases.AddRange(c.SynonymsEn.Select(s => (s, i)));
            phrases.AddRange(c.SynonymsEs.Select(s => (s, i)));
            if (step.Prompt == PromptKind.Confirm && c.Value is "yes" or "no")
            {
                var words = c.Value == "yes" ? catalog.Words.Yes : catalog.Words.No;
                phrases.AddRange(words.Select(w => (w.Phrase, i)));
            }
        }
        step.Table = new ChoiceTable([.. choices.Select(c => c.Value)], phrases);
    }

    private static Choice Default(string value, string messageId, ContentCatalog catalog) => new()
    {
        Value = value,
        Label = catalog.MessageDef(messageId).Text,
    };
}
