using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>The page shell: skip link, header with navigation and sign-out, one main landmark.</summary>
public static class ConsoleLayout
{
    public static IResult Page(HttpContext context, string title, ResponderIdentity? me, Action<HtmlWriter> body, int status = 200)
    {
        var words = context.Words();
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>").Open("html", ("lang", "en")).Raw("<head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", words.Text(StaffWordIds.PageTitle, ("title", title)))
            .Raw("<link rel=\"stylesheet\" href=\"/responder/assets/console.css\">");
        if (me is not null)
        {
            html.Raw("<script src=\"/responder/assets/console.js\" defer></script>");
        }
        html.Raw("</head>").Open("body", ("data-responder", me?.Id))
            .Element("a", words.Text(StaffWordIds.SkipLink), ("class", "skip"), ("href", "#main"))
            .Raw("<header class=\"top\">").Element("p", words.Text(StaffWordIds.Brand), ("class", "brand"));
        if (me is not null)
        {
            html.Open("nav", ("aria-label", words.Text(StaffWordIds.NavLabel))).Raw("<ul>")
                .Raw("<li>").Element("a", words.Text(StaffWordIds.NavQueue), ("href", "/responder")).Raw("</li>");
            if (me.IsSupervisor)
            {
                html.Raw("<li>").Element("a", words.Text(StaffWordIds.NavSupervisor), ("href", "/responder/supervisor")).Raw("</li>")
                    .Raw("<li>").Element("a", words.Text(StaffWordIds.NavInsights), ("href", "/responder/insights")).Raw("</li>");
            }
            html.Raw("</ul></nav>").Open("form", ("method", "post"), ("action", "/responder/sign-out"), ("class", "signout"));
            ConsoleForms.Token(html, context);
            html.Element("span", me.DisplayName, ("class", "who"))
                .Open("button", ("type", "submit")).Text(words.Text(StaffWordIds.SignOut)).Raw("</button></form>");
        }
        html.Raw("</header><main id=\"main\" tabindex=\"-1\">").Element("h1", title);
        body(html);
        html.Raw("<p id=\"live-status\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\"></p></main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    public static string RiskClass(RiskLevel risk) => risk switch
    {
        RiskLevel.Crisis => "badge badge-crisis",
        RiskLevel.Concern => "badge badge-concern",
        _ => "badge badge-routine",
    };

    public static string Waiting(HttpContext context, TimeSpan wait) => context.Words().Duration(wait);
}
