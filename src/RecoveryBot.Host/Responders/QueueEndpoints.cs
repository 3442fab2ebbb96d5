using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>The queue page (risk then wait), the responder's own conversations, and Claim.</summary>
public static class QueueEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (HttpContext context, HandoffService handoff, TimeProvider time) =>
        {
            var me = context.User.Identity();
            var queue = await handoff.GetQueueAsync(context.RequestAborted);
            var mine = await handoff.GetHeldByAsync(me.Id, context.RequestAborted);
            var now = time.GetUtcNow();
            var words = context.Words();
            return ConsoleLayout.Page(context, words.Text(StaffWordIds.QueueTitle), me, html =>
            {
                if (context.Request.Query["notice"] == "taken")
                {
                    html.Element("p", words.Text(StaffWordIds.ClaimLost), ("class", "notice"), ("role", "status"));
                }
                html.Element("h2", words.Text(StaffWordIds.MineHeading));
                if (mine.Count == 0)
                {
                    html.Element("p", words.Text(StaffWordIds.MineEmpty));
                }
                else
                {
                    html.Raw("<ul class=\"mine\">");
                    foreach (var t in mine)
                    {
                        var item = words.Text(StaffWordIds.MineItem, ("ticket", t.Id), ("risk", words.Risk(t.Risk)), ("category", t.Category ?? words.Text(StaffWordIds.NoCategory)));
                        html.Raw("<li>").Element("a", item, ("href", $"/responder/tickets/{t.Id}"));
                        if (t.CrisisAlert)
                        {
                            html.Element("span", words.Text(StaffWordIds.CrisisAlertBadge), ("class", "badge badge-crisis"));
                        }
                        html.Raw("</li>");
                    }
                    html.Raw("</ul>");
                }
                html.Element("h2", words.Text(StaffWordIds.QueueHeading));
                html.Open("div", ("id", "queue"), ("data-refresh", "/responder/queue"));
                WriteQueue(html, context, queue, now);
                html.Close("div");
            });
        });

        group.MapGet("/queue", async (HttpContext context, HandoffService handoff, TimeProvider time) =>
        {
            var html = new HtmlWriter();
            WriteQueue(html, context, await handoff.GetQueueAsync(context.RequestAborted), time.GetUtcNow());
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        });

        group.MapPost("/tickets/{id}/claim", async (string id, HttpContext context, HandoffService handoff) =>
        {
            if (!await ConsoleForms.IsValidAsync(context))
            {
                return ConsoleForms.Rejected(context);
            }
            var result = await handoff.ClaimAsync(id, context.User.Identity(), context.RequestAborted);
            return result.Outcome switch
            {
                HandoffOutcome.Ok => Results.Redirect($"/responder/tickets/{Uri.EscapeDataString(id)}"),
                HandoffOutcome.NotFound => Results.NotFound(),
                _ => context.Request.Headers.ContainsKey(ConsoleForms.FetchHeader) ? Results.Conflict() : Results.Redirect("/responder?notice=taken"),
            };
        });
    }

    public static void WriteQueue(HtmlWriter html, HttpContext context, IReadOnlyList<Ticket> queue, DateTimeOffset now)
    {
        var words = context.Words();
        if (queue.Count == 0)
        {
            html.Element("p", words.Text(StaffWordIds.QueueEmpty));
            return;
        }
        html.Raw("<table class=\"queue\">").Element("caption", words.Text(StaffWordIds.QueueCaption)).Raw("<thead><tr>");
        foreach (var column in (StaffWordId[])[StaffWordIds.Risk, StaffWordIds.Category, StaffWordIds.Channel, StaffWordIds.Language, StaffWordIds.Waiting, StaffWordIds.Path])
        {
            html.Element("th", words.Text(column), ("scope", "col"));
        }
        html.Raw("<th scope=\"col\">").Element("span", words.Text(StaffWordIds.QueueAction), ("class", "visually-hidden")).Raw("</th></tr></thead><tbody>");
        foreach (var t in queue)
        {
            html.Open("tr", ("data-ticket", t.Id)).Raw("<td>").Element("span", words.Risk(t.Risk), ("class", ConsoleLayout.RiskClass(t.Risk))).Raw("</td>")
                .Element("td", t.Category ?? words.Text(StaffWordIds.None)).Element("td", t.Channel).Element("td", t.Locale)
                .Element("td", words.Duration(now - t.RequestedAt))
                .Element("td", string.Join(" → ", t.FlowPath), ("class", "path"))
                .Raw("<td>").Open("form", ("method", "post"), ("action", $"/responder/tickets/{t.Id}/claim"));
            ConsoleForms.Token(html, context);
            html.Open("button", ("type", "submit"), ("aria-label", words.Text(StaffWordIds.ClaimLabel, ("risk", words.Risk(t.Risk)), ("ticket", t.Id))))
                .Text(words.Text(StaffWordIds.Claim)).Close("button")
                .Raw("</form></td></tr>");
        }
        html.Raw("</tbody></table>");
    }
}
