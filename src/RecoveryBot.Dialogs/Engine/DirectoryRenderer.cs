using System.Globalization;
using System.Text;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// The find-help lookup step: nearest local services for the saved ZIP and filters, each as a line from the
/// <c>directory-entry</c> message and a call link; the national options come from the step's own links.
/// </summary>
internal static class DirectoryRenderer
{
    public static void Run(TurnContext ctx, WorkingFrame frame, Step step)
    {
        var answers = frame.Answers;
        var zip = answers.GetValueOrDefault("zip") ?? "";
        var cost = answers.GetValueOrDefault("cost");
        var moudOnly = answers.GetValueOrDefault("moud") == "yes";
        var hits = ctx.Catalog.Directory.Find(zip, cost, moudOnly);
        var header = ReplyRenderer.Step(ctx, frame, step);
        if (hits.Count == 0)
        {
            ctx.Say(header);
            ctx.Say("directory-none", new Dictionary<string, string> { ["zip"] = zip });
            return;
        }
        var text = new StringBuilder(header.Text);
        var links = new List<ReplyLink>(hits.Count + header.Links.Count);
        foreach (var hit in hits)
        {
            var e = hit.Entry;
            var args = new Dictionary<string, string>
            {
                ["name"] = e.Name,
                ["miles"] = hit.Miles.ToString("0.#", CultureInfo.InvariantCulture),
                ["address"] = e.Address,
                ["city"] = e.City,
                ["state"] = e.State,
                ["zip"] = e.Zip,
                ["phone"] = e.Phone,
                ["hours"] = e.Hours,
                ["services"] = e.Services,
                ["cost"] = CostLabels(ctx, e.Cost),
                ["moud"] = ctx.Catalog.MessageText(e.Moud ? "moud-yes" : "moud-no", ctx.Locale),
                ["languages"] = string.Join(", ", e.Languages),
            };
            text.Append("\n\n").Append(ctx.Catalog.Message("directory-entry", ctx.Locale, args).Text);
            links.Add(new ReplyLink(e.Name, "tel:" + Digits(e.Phone)));
        }
        links.AddRange(header.Links);
        ctx.Say(header with { Text = text.ToString(), Links = links });
        if (ctx.Catalog.Directory.IsSample)
        {
            ctx.Say("directory-sample");
        }
    }

    private static string CostLabels(TurnContext ctx, string[] costs)
    {
        var labels = new string[costs.Length];
        for (var i = 0; i < costs.Length; i++)
        {
            labels[i] = ctx.Catalog.MessageText("cost-" + costs[i], ctx.Locale);
        }
        return string.Join(", ", labels);
    }

    private static string Digits(string phone)
    {
        var sb = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
