using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;

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
            return ConsoleLayout.Page(context, "Queue", me, html =>
            {
                if (context.Request.Query["notice"] == "taken")
                {
                    html.Element("p", "Someone else claimed that conversation first.", ("class", "notice"), ("role", "status"));
                }
                html.Element("h2", "My conversations");
                if (mine.Count == 0)
                {
                    html.Element("p", "You are not holding any conversation.");
                }
                else
                {
                    html.Raw("<ul class=\"mine\">");
                    foreach (var t in mine)
                    {
                        html.Raw("<li>").Element("a", $"{t.Id} ({ResponderWords.RiskName(t.Risk)}, {t.Category ?? "no category"})", ("href", $"/responder/tickets/{t.Id}"));
                        if (t.CrisisAlert)
                        {
                            html.Element("span", "Crisis alert", ("class", "badge badge-crisis"));
                        }
                        html.Raw("</li>");
                    }
                    html.Raw("</ul>");
                }
                html.Element("h2", "Waiting");
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
                return ConsoleForms.Rejected();
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
        if (queue.Count == 0)
        {
            html.Element("p", "Nobody is waiting.");
            return;
        }
        html.Raw("<table class=\"queue\"><caption>Waiting, highest risk first, then longest wait</caption><thead><tr>")
            .Raw("<th scope=\"col\">Risk</th><th scope=\"col\">Category</th><th scope=\"col\">Channel</th><th scope=\"col\">Language</th>")
            .Raw("<th scope=\"col\">Waiting</th><th scope=\"col\">Path</th><th scope=\"col\"><span class=\"visually-hidden\">Action</span></th></tr></thead><tbody>");
        foreach (var t in queue)
        {
            html.Open("tr", ("data-ticket", t.Id)).Raw("<td>").Element("span", ResponderWords.RiskName(t.Risk), ("class", ConsoleLayout.RiskClass(t.Risk))).Raw("</td>")
                .Element("td", t.Category ?? "—").Element("td", t.Channel).Element("td", t.Locale)
                .Element("td", ConsoleLayout.Waiting(now - t.RequestedAt))
                .Element("td", string.Join(" → ", t.FlowPath), ("class", "path"))
                .Raw("<td>").Open("form", ("method", "post"), ("action", $"/responder/tickets/{t.Id}/claim"));
            ConsoleForms.Token(html, context);
            html.Open("button", ("type", "submit"), ("aria-label", $"Claim {ResponderWords.RiskName(t.Risk)} request {t.Id}")).Text("Claim").Close("button")
                .Raw("</form></td></tr>");
        }
        html.Raw("</tbody></table>");
    }
}
