using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Host.Responders;

/// <summary>The page shell: skip link, header with navigation and sign-out, one main landmark.</summary>
public static class ConsoleLayout
{
    public static IResult Page(HttpContext context, string title, ResponderIdentity? me, Action<HtmlWriter> body, int status = 200)
    {
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>").Open("html", ("lang", "en")).Raw("<head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", $"{title} · RecoveryBot responders")
            .Raw("<link rel=\"stylesheet\" href=\"/responder/assets/console.css\">");
        if (me is not null)
        {
            html.Raw("<script src=\"/responder/assets/console.js\" defer></script>");
        }
        html.Raw("</head>").Open("body", ("data-responder", me?.Id))
            .Raw("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Raw("<header class=\"top\"><p class=\"brand\">RecoveryBot responders</p>");
        if (me is not null)
        {
            html.Raw("<nav aria-label=\"Console\"><ul>")
                .Raw("<li><a href=\"/responder\">Queue</a></li>");
            if (me.IsSupervisor)
            {
                html.Raw("<li><a href=\"/responder/supervisor\">Supervisor</a></li>")
                    .Raw("<li><a href=\"/responder/insights\">Insights</a></li>");
            }
            html.Raw("</ul></nav>").Open("form", ("method", "post"), ("action", "/responder/sign-out"), ("class", "signout"));
            ConsoleForms.Token(html, context);
            html.Element("span", me.DisplayName, ("class", "who"))
                .Raw("<button type=\"submit\">Sign out</button></form>");
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

    public static string Waiting(TimeSpan wait) => wait.TotalMinutes >= 1
        ? $"{(int)wait.TotalMinutes} min {wait.Seconds:00} s"
        : $"{Math.Max(0, (int)wait.TotalSeconds)} s";
}
