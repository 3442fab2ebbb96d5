using System.Globalization;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>The markup of a conversation page. Person's words are redacted before storage and encoded here.</summary>
public static class ConversationView
{
    public static void Write(HtmlWriter html, HttpContext context, Ticket ticket, IReadOnlyList<TranscriptLine> lines,
        IReadOnlyList<TicketNote> notes, IReadOnlyList<ResponderIdentity> colleagues, ResponderIdentity me, DateTimeOffset now)
    {
        var holding = ticket.State == TicketState.Claimed && ticket.ClaimedBy == me.Id;
        var words = context.Words();
        html.Open("section", ("class", "conversation"), ("data-ticket", ticket.Id), ("aria-labelledby", "facts-h"))
            .Element("h2", words.Text(StaffWordIds.FactsHeading), ("id", "facts-h"), ("class", "visually-hidden")).Raw("<dl class=\"facts\">")
            .Element("dt", words.Text(StaffWordIds.Risk)).Raw("<dd>").Element("span", words.Risk(ticket.Risk), ("class", ConsoleLayout.RiskClass(ticket.Risk))).Raw("</dd>")
            .Element("dt", words.Text(StaffWordIds.Category)).Element("dd", ticket.Category ?? words.Text(StaffWordIds.None))
            .Element("dt", words.Text(StaffWordIds.Channel)).Element("dd", ticket.Channel)
            .Element("dt", words.Text(StaffWordIds.Language)).Element("dd", ticket.Locale)
            .Element("dt", words.Text(StaffWordIds.Waited)).Element("dd", words.Duration(ticket.WaitingFor(now)))
            .Element("dt", words.Text(StaffWordIds.Path)).Element("dd", string.Join(" → ", ticket.FlowPath))
            .Element("dt", words.Text(StaffWordIds.HeldBy)).Element("dd", ticket.ClaimedByName ?? words.Text(StaffWordIds.HeldByNobody))
            .Raw("</dl>");
        html.Open("p", ("id", "crisis-alert"), ("class", "alert"), ("role", "alert"), ("hidden", ticket.CrisisAlert ? null : "hidden"))
            .Text(words.Text(StaffWordIds.CrisisBanner)).Close("p");

        html.Element("h2", words.Text(StaffWordIds.TranscriptHeading), ("id", "chat-h"))
            .Raw("<ol id=\"transcript\" class=\"transcript\" aria-labelledby=\"chat-h\" aria-live=\"polite\">");
        foreach (var line in lines)
        {
            Line(html, words, line);
        }
        html.Raw("</ol>").Element("p", words.Text(StaffWordIds.PersonTyping), ("id", "typing"), ("class", "typing"), ("hidden", ""));

        if (holding)
        {
            PostForm(html, context, ticket.Id, "messages", "chat", () =>
                html.Element("label", words.Text(StaffWordIds.MessageLabel), ("for", "message"))
                    .Raw($"<textarea id=\"message\" name=\"text\" rows=\"3\" maxlength=\"{HandoffService.MaxMessageLength}\" required></textarea>")
                    .Element("button", words.Text(StaffWordIds.Send), ("type", "submit")));
        }

        html.Element("h2", words.Text(StaffWordIds.NotesHeading)).Element("p", words.Text(StaffWordIds.NotesHint), ("class", "hint"))
            .Raw("<ul id=\"notes\" class=\"notes\">");
        foreach (var note in notes)
        {
            var by = words.Text(StaffWordIds.NoteBy, ("name", note.ResponderName), ("time", note.At.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)));
            html.Raw("<li>").Element("span", by, ("class", "who"))
                .Text(note.Text).Raw("</li>");
        }
        html.Raw("</ul>");
        PostForm(html, context, ticket.Id, "notes", "note", () =>
            html.Element("label", words.Text(StaffWordIds.NoteLabel), ("for", "note"))
                .Raw($"<textarea id=\"note\" name=\"text\" rows=\"2\" maxlength=\"{HandoffService.MaxMessageLength}\" required></textarea>")
                .Element("button", words.Text(StaffWordIds.SaveNote), ("type", "submit")));

        if (ticket.State == TicketState.Claimed && HandoffService.MayAct(ticket, me))
        {
            html.Element("h2", words.Text(StaffWordIds.HandoverHeading));
            PostForm(html, context, ticket.Id, "transfer", "transfer", () =>
            {
                html.Element("label", words.Text(StaffWordIds.TransferLabel), ("for", "to")).Raw("<select id=\"to\" name=\"to\" required>")
                    .Element("option", words.Text(StaffWordIds.Choose), ("value", ""));
                foreach (var c in colleagues)
                {
                    html.Element("option", c.DisplayName, ("value", c.Id));
                }
                html.Raw("</select>").Element("button", words.Text(StaffWordIds.Transfer), ("type", "submit"));
            });
            PostForm(html, context, ticket.Id, "end", "end", () =>
                html.Element("button", words.Text(StaffWordIds.End), ("type", "submit"), ("class", "secondary")));
        }
        html.Close("section");
    }

    public static void Line(HtmlWriter html, StaffWords words, TranscriptLine line)
    {
        var who = line.Author == TranscriptAuthor.Person ? words.Text(StaffWordIds.Person) : line.ResponderName ?? words.Text(StaffWordIds.Responder);
        html.Open("li", ("class", line.Author == TranscriptAuthor.Person ? "from-person" : "from-responder"), ("data-seq", line.Sequence.ToString(CultureInfo.InvariantCulture)))
            .Element("span", words.Text(StaffWordIds.LineBy, ("name", who), ("time", line.At.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture))), ("class", "who"));
        if (line.Crisis)
        {
            html.Element("span", words.Text(StaffWordIds.RiskCrisis), ("class", "badge badge-crisis"));
        }
        html.Element("p", line.Text).Close("li");
    }

    private static void PostForm(HtmlWriter html, HttpContext context, string ticketId, string action, string kind, Action fields)
    {
        html.Open("form", ("method", "post"), ("action", $"/responder/tickets/{ticketId}/{action}"), ("class", "stack"), ("data-form", kind));
        ConsoleForms.Token(html, context);
        fields();
        html.Close("form");
    }
}
