using System.Globalization;
using System.Text;

namespace RecoveryBot.Host.Insights;

/// <summary>
/// The dashboard as CSV (RFC 4180): one line per cell, <c>from,to,table,label,series,value</c>, with the same small-count
/// suppression as the page. Cells a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
public static class InsightsCsv
{
    public static string Write(InsightsReport report)
    {
        var csv = new StringBuilder();
        var range = $"{InsightsPage.Iso(report.From)},{InsightsPage.Iso(report.To)},";
        csv.Append("from,to,table,label,series,value\r\n");
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Values.Count; i++)
                {
                    csv.Append(range).Append(Field(table.Id)).Append(',').Append(Field(row.Label)).Append(',')
                        .Append(Field(table.Series[i])).Append(',').Append(Field(SmallCounts.Show(row.Values[i]))).Append("\r\n");
                }
            }
        }
        return csv.ToString();
    }

    public static string FileName(InsightsReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"recoverybot-insights-{InsightsPage.Iso(report.From)}-to-{InsightsPage.Iso(report.To)}.csv");

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
