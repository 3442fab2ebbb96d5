namespace RecoveryBot.Host.Insights;

/// <summary>One row of a dashboard table: a label and one count per series.</summary>
public sealed record InsightsRow(string Label, IReadOnlyList<long> Values);

/// <summary>
/// One chart and the table rendered beside it (the table is the accessible version and the CSV source).
/// <see cref="Chart"/> is a Chart.js type: bar, line or doughnut.
/// </summary>
public sealed record InsightsTable(string Id, string Title, string Chart, string LabelHeader, IReadOnlyList<string> Series, IReadOnlyList<InsightsRow> Rows);

/// <summary>Everything the dashboard shows for a date range (UTC days, both ends included).</summary>
public sealed record InsightsReport(DateOnly From, DateOnly To, IReadOnlyList<InsightsTable> Tables);

/// <summary>
/// Small-count suppression: a count from 1 to <see cref="Threshold"/> − 1 could point at one person, so it is shown
/// as "&lt;5" in the page, the chart data and the CSV alike. Zero reveals no one and is shown as 0.
/// </summary>
public static class SmallCounts
{
    public const int Threshold = 5;
    public const string Suppressed = "<5";

    public static bool IsSuppressed(long count) => count is > 0 and < Threshold;

    public static string Show(long count) => IsSuppressed(count) ? Suppressed : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
