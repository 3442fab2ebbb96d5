using System.Globalization;
using RecoveryBot.Host.Responders;

namespace RecoveryBot.Host.Insights;

/// <summary>
/// The dashboard page: a date-range form, then one chart per table. Every table is rendered in full beside its
/// chart (the accessible version, and what insights.js draws from: no numbers travel in inline script, which the
/// console's CSP forbids anyway). Suppressed cells carry data-suppressed and no number.
/// </summary>
public static class InsightsPage
{
    public static void Write(HtmlWriter html, HttpContext context, InsightsReport? report, string from, string to, string? error)
    {
        // Page CSS and scripts from our origin only (CSP default-src 'self'); both are allowed in the body.
        html.Raw("<link rel=\"stylesheet\" href=\"/responder/insights/assets/insights.css\">");
        html.Element("p", "Aggregate counts only, per UTC day. Counts from 1 to 4 are shown as <5 so that no one can be singled out.", ("class", "lead"));
        if (error is not null)
        {
            html.Element("p", error, ("class", "error"), ("role", "alert"));
        }
        html.Open("form", ("method", "get"), ("action", "/responder/insights"), ("class", "range"))
            .Raw("<label for=\"from\">From</label>").Open("input", ("id", "from"), ("name", "from"), ("type", "date"), ("value", from), ("required", "required"))
            .Raw("<label for=\"to\">To</label>").Open("input", ("id", "to"), ("name", "to"), ("type", "date"), ("value", to), ("required", "required"))
            .Raw("<button type=\"submit\">Show</button>");
        if (report is not null)
        {
            html.Element("a", "Download CSV", ("class", "button"), ("id", "csv"),
                ("href", $"/responder/insights/export.csv?from={Iso(report.From)}&to={Iso(report.To)}"));
        }
        html.Close("form");
        if (report is null)
        {
            return;
        }
        html.Open("div", ("class", "charts"));
        foreach (var table in report.Tables)
        {
            WriteTable(html, table);
        }
        html.Close("div");
        html.Raw("<script src=\"/responder/insights/assets/chart.umd.min.js\" defer></script>")
            .Raw("<script src=\"/responder/insights/assets/insights.js\" defer></script>");
    }

    private static void WriteTable(HtmlWriter html, InsightsTable table)
    {
        html.Open("section", ("class", "insight"), ("aria-labelledby", $"h-{table.Id}"), ("data-insight", table.Id))
            .Element("h2", table.Title, ("id", $"h-{table.Id}"))
            .Open("div", ("class", "chart-box"))
            .Open("canvas", ("id", $"c-{table.Id}"), ("role", "img"), ("aria-label", $"Chart of {table.Title.ToLowerInvariant()}; the numbers are in the table that follows."))
            .Close("canvas").Close("div")
            .Open("div", ("class", "table-scroll"), ("tabindex", "0"), ("role", "region"), ("aria-label", $"Table: {table.Title}"))
            .Open("table", ("id", $"t-{table.Id}"), ("data-chart", table.Chart), ("data-canvas", $"c-{table.Id}"))
            .Element("caption", table.Title, ("class", "visually-hidden"))
            .Raw("<thead><tr>").Element("th", table.LabelHeader, ("scope", "col"));
        foreach (var series in table.Series)
        {
            html.Element("th", series, ("scope", "col"));
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Open("tr", ("data-label", row.Label)).Element("th", row.Label, ("scope", "row"));
            foreach (var value in row.Values)
            {
                var suppressed = SmallCounts.IsSuppressed(value);
                html.Element("td", SmallCounts.Show(value),
                    ("data-value", suppressed ? null : value.ToString(CultureInfo.InvariantCulture)),
                    ("data-suppressed", suppressed ? "true" : null));
            }
            html.Close("tr");
        }
        html.Raw("</tbody></table></div></section>");
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
