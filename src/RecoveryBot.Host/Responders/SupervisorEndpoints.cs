using System.Globalization;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;

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
            var words = context.Words();
            return ConsoleLayout.Page(context, words.Text(StaffWordIds.SupervisorTitle), context.User.Identity(), html =>
            {
                html.Element("h2", words.Text(StaffWordIds.ActiveHandoffs));
                Header(html, words, StaffWordIds.Ticket, StaffWordIds.Risk, StaffWordIds.State, StaffWordIds.HeldBy, StaffWordIds.HeldFor);
                foreach (var t in open)
                {
                    html.Raw("<tr><td>").Element("a", t.Id, ("href", $"/responder/tickets/{t.Id}")).Raw("</td><td>")
                        .Element("span", words.Risk(t.Risk), ("class", ConsoleLayout.RiskClass(t.Risk))).Raw("</td>")
                        .Element("td", words.Text(t.State == TicketState.Claimed ? StaffWordIds.InConversation : StaffWordIds.Waiting))
                        .Element("td", t.ClaimedByName ?? words.Text(StaffWordIds.None))
                        .Element("td", words.Duration(now - (t.ClaimedAt ?? t.RequestedAt))).Raw("</tr>");
                }
                html.Raw("</tbody></table>");
                html.Element("h2", words.Text(StaffWordIds.AuditHeading));
                Header(html, words, StaffWordIds.AuditWhen, StaffWordIds.AuditWho, StaffWordIds.AuditAction, StaffWordIds.Ticket, StaffWordIds.AuditTarget);
                foreach (var e in entries)
                {
                    html.Raw("<tr>").Element("td", e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))
                        .Element("td", e.ActorId).Element("td", e.Action.ToString()).Element("td", e.TicketId ?? "").Element("td", e.TargetId ?? "").Raw("</tr>");
                }
                html.Raw("</tbody></table>");
            });
        });
    }

    private static void Header(HtmlWriter html, StaffWords words, params StaffWordId[] columns)
    {
        html.Raw("<table><thead><tr>");
        foreach (var column in columns)
        {
            html.Element("th", words.Text(column), ("scope", "col"));
        }
        html.Raw("</tr></thead><tbody>");
    }
}
