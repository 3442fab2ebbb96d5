using System.Globalization;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Host.Responders;

/// <summary>Supervisors: every open handoff and who holds it, and the audit log (ids only).</summary>
public static class SupervisorEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (HttpContext context, HandoffService handoff, HandoffAudit audit, TimeProvider time) =>
        {
            var open = (await handoff.GetOpenAsync(context.RequestAborted)).OrderBy(t => t.State).ThenBy(t => t.Risk).ThenBy(t => t.RequestedAt).ToList();
            var entries = await audit.ReadRecentAsync(days: 2, max: 200, context.RequestAborted);
            var now = time.GetUtcNow();
            return ConsoleLayout.Page(context, "Supervisor", context.User.Identity(), html =>
            {
                html.Element("h2", "Active handoffs");
                html.Raw("<table><thead><tr><th scope=\"col\">Ticket</th><th scope=\"col\">Risk</th><th scope=\"col\">State</th>")
                    .Raw("<th scope=\"col\">Held by</th><th scope=\"col\">Waiting / held for</th></tr></thead><tbody>");
                foreach (var t in open)
                {
                    html.Raw("<tr><td>").Element("a", t.Id, ("href", $"/responder/tickets/{t.Id}")).Raw("</td><td>")
                        .Element("span", ResponderWords.RiskName(t.Risk), ("class", ConsoleLayout.RiskClass(t.Risk))).Raw("</td>")
                        .Element("td", t.State == TicketState.Claimed ? "In conversation" : "Waiting")
                        .Element("td", t.ClaimedByName ?? "—")
                        .Element("td", ConsoleLayout.Waiting(now - (t.ClaimedAt ?? t.RequestedAt))).Raw("</tr>");
                }
                html.Raw("</tbody></table>");
                html.Element("h2", "Audit log");
                html.Raw("<table><thead><tr><th scope=\"col\">When (UTC)</th><th scope=\"col\">Who</th><th scope=\"col\">Action</th>")
                    .Raw("<th scope=\"col\">Ticket</th><th scope=\"col\">Target</th></tr></thead><tbody>");
                foreach (var e in entries)
                {
                    html.Raw("<tr>").Element("td", e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
                        .Element("td", e.ActorId).Element("td", e.Action.ToString()).Element("td", e.TicketId ?? "").Element("td", e.TargetId ?? "").Raw("</tr>");
                }
                html.Raw("</tbody></table>");
            });
        });
    }
}
