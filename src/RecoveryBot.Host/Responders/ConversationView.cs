using System.Globalization;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Host.Responders;

/// <summary>The markup of a conversation page. Person's words are redacted before storage and encoded here.</summary>
public static class ConversationView
{
    public static void Write(HtmlWriter html, HttpContext context, Ticket ticket, IReadOnlyList<TranscriptLine> lines,
        IReadOnlyList<TicketNote> notes, IReadOnlyList<ResponderIdentity> colleagues, ResponderIdentity me, DateTimeOffset now)
    {
        var holding = ticket.State == TicketState.Claimed && ticket.ClaimedBy == me.Id;
        html.Open("section", ("class", "conversation"), ("data-ticket", ticket.Id), ("aria-labelledby", "facts-h"))
            .Raw("<h2 id=\"facts-h\" class=\"visually-hidden\">About this request</h2><dl class=\"facts\">")
            .Raw("<dt>Risk</dt><dd>").Element("span", ResponderWords.RiskName(ticket.Risk), ("class", ConsoleLayout.RiskClass(ticket.Risk))).Raw("</dd>")
            .Raw("<dt>Category</dt>").Element("dd", ticket.Category ?? "—")
            .Raw("<dt>Channel</dt>").Element("dd", ticket.Channel)
            .Raw("<dt>Language</dt>").Element("dd", ticket.Locale)
            .Raw("<dt>Waited</dt>").Element("dd", ConsoleLayout.Waiting(ticket.WaitingFor(now)))
            .Raw("<dt>Path</dt>").Element("dd", string.Join(" → ", ticket.FlowPath))
            .Raw("<dt>Held by</dt>").Element("dd", ticket.ClaimedByName ?? "nobody")
            .Raw("</dl>");
        html.Open("p", ("id", "crisis-alert"), ("class", "alert"), ("role", "alert"), ("hidden", ticket.CrisisAlert ? null : "hidden"))
            .Text("Crisis language from the person during this conversation. Follow your crisis protocol.").Close("p");

        html.Raw("<h2 id=\"chat-h\">Conversation</h2>")
            .Raw("<ol id=\"transcript\" class=\"transcript\" aria-labelledby=\"chat-h\" aria-live=\"polite\">");
        foreach (var line in lines)
        {
            Line(html, line);
        }
        html.Raw("</ol><p id=\"typing\" class=\"typing\" hidden>The person is typing…</p>");

        if (holding)
        {
            PostForm(html, context, ticket.Id, "messages", "chat", () =>
                html.Raw("<label for=\"message\">Message to the person</label>")
                    .Raw($"<textarea id=\"message\" name=\"text\" rows=\"3\" maxlength=\"{HandoffService.MaxMessageLength}\" required></textarea>")
                    .Raw("<button type=\"submit\">Send</button>"));
        }

        html.Raw("<h2>Private notes</h2><p class=\"hint\">Only responders see notes. They are never sent to the person.</p><ul id=\"notes\" class=\"notes\">");
        foreach (var note in notes)
        {
            html.Raw("<li>").Element("span", $"{note.ResponderName}, {note.At.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC: ", ("class", "who"))
                .Text(note.Text).Raw("</li>");
        }
        html.Raw("</ul>");
        PostForm(html, context, ticket.Id, "notes", "note", () =>
            html.Raw("<label for=\"note\">Add a note</label>")
                .Raw($"<textarea id=\"note\" name=\"text\" rows=\"2\" maxlength=\"{HandoffService.MaxMessageLength}\" required></textarea>")
                .Raw("<button type=\"submit\">Save note</button>"));

        if (ticket.State == TicketState.Claimed && HandoffService.MayAct(ticket, me))
        {
            html.Raw("<h2>Hand over or finish</h2>");
            PostForm(html, context, ticket.Id, "transfer", "transfer", () =>
            {
                html.Raw("<label for=\"to\">Transfer to a colleague</label><select id=\"to\" name=\"to\" required><option value=\"\">Choose…</option>");
                foreach (var c in colleagues)
                {
                    html.Element("option", c.DisplayName, ("value", c.Id));
                }
                html.Raw("</select><button type=\"submit\">Transfer</button>");
            });
            PostForm(html, context, ticket.Id, "end", "end", () =>
                html.Raw("<button type=\"submit\" class=\"secondary\">End and hand back to the bot</button>"));
        }
        html.Close("section");
    }

    public static void Line(HtmlWriter html, TranscriptLine line)
    {
        var who = line.Author == TranscriptAuthor.Person ? "Person" : line.ResponderName ?? "Responder";
        html.Open("li", ("class", line.Author == TranscriptAuthor.Person ? "from-person" : "from-responder"), ("data-seq", line.Sequence.ToString(CultureInfo.InvariantCulture)))
            .Element("span", $"{who} · {line.At.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)}", ("class", "who"));
        if (line.Crisis)
        {
            html.Element("span", "Crisis", ("class", "badge badge-crisis"));
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
