using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Insights;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Tests.Insights;

/// <summary>Issue 8: the programme dashboard is for supervisors, shows aggregate counts, and suppresses small ones.</summary>
public sealed partial class InsightsDashboardTests : IClassFixture<HostFactory>
{
    private static readonly DateOnly Day1 = new(2026, 3, 2);
    private static readonly DateOnly Day2 = new(2026, 3, 3);
    private const string Range = "from=2026-03-01&to=2026-03-07";
    private readonly HostFactory _factory;

    public InsightsDashboardTests(HostFactory factory) => _factory = factory;

    private async Task SeedAsync()
    {
        var counters = _factory.Services.GetRequiredService<DailyCounters>();
        if ((await counters.ReadAsync(Day1, Day1)).Count > 0)
        {
            return; // the class fixture's database is shared by the tests of this class
        }
        await counters.AddAsync(Day1, new Dictionary<string, long>
        {
            [InsightNames.ConversationStarted("webchat", "en")] = 9,
            [InsightNames.ConversationStarted("msteams", "es")] = 3,
            [InsightNames.Flow(InsightNames.FlowStarted, "mental-health-check-in")] = 8,
            [InsightNames.Flow(InsightNames.FlowEnded, "mental-health-check-in")] = 6,
            [InsightNames.Band("PHQ-9", "moderate")] = 7,
            [InsightNames.Band("GAD-7", "severe")] = 2,
            [InsightNames.CrisisDetection("crisis", "suicide")] = 5,
            [InsightNames.CrisisDetection("concern", "overdose")] = 1,
        }, "a");
        await counters.AddAsync(Day2, new Dictionary<string, long> { [InsightNames.ConversationStarted("webchat", "en")] = 4 }, "b");
    }

    [Fact]
    public async Task Supervisor_SeesAggregateCountsWithSmallCountsSuppressed()
    {
        await SeedAsync();
        var http = await ConsoleSession.SignedInAsync(_factory, "sup.page", ResponderRole.Supervisor);

        using var response = await http.GetAsync($"/responder/insights?{Range}");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        html.ShouldNotContain("<script>"); // charts are drawn by our external insights.js
        Cell(html, "conversations-per-day", "2026-03-02").ShouldBe("12");
        Cell(html, "conversations-per-day", "2026-03-03").ShouldBe("<5");
        Cell(html, "conversations-per-day", "2026-03-04").ShouldBe("0");
        Cell(html, "channels", "webchat").ShouldBe("13");
        Cell(html, "channels", "msteams").ShouldBe("<5");
        Cell(html, "languages", "en").ShouldBe("13");
        Cell(html, "flows", "mental-health-check-in").ShouldBe("8|6");
        Cell(html, "score-bands", "PHQ-9 moderate").ShouldBe("7");
        Cell(html, "score-bands", "GAD-7 severe").ShouldBe("<5");
        Cell(html, "crisis", "suicide").ShouldBe("5|0");
        Cell(html, "crisis", "overdose").ShouldBe("0|<5");
        html.ShouldContain("data-suppressed=\"true\"");
        html.ShouldNotContain("data-value=\"3\""); // a suppressed number never reaches the page, not even as data
    }

    [Fact]
    public async Task CsvExport_HasEveryCellAndSuppressesSmallCounts()
    {
        await SeedAsync();
        var http = await ConsoleSession.SignedInAsync(_factory, "sup.csv", ResponderRole.Supervisor);

        using var response = await http.GetAsync($"/responder/insights/export.csv?{Range}");
        var csv = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("recoverybot-insights-2026-03-01-to-2026-03-07.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("from,to,table,label,series,value");
        lines.ShouldContain("2026-03-01,2026-03-07,conversations-per-day,2026-03-02,Conversations,12");
        lines.ShouldContain("2026-03-01,2026-03-07,conversations-per-day,2026-03-03,Conversations,<5");
        lines.ShouldContain("2026-03-01,2026-03-07,channels,msteams,Conversations,<5");
        lines.ShouldContain("2026-03-01,2026-03-07,score-bands,PHQ-9 moderate,Results shown,7");
        lines.ShouldContain("2026-03-01,2026-03-07,crisis,overdose,Concern,<5");
        lines.ShouldContain("2026-03-01,2026-03-07,handoffs,Requested,Handoffs,0");
        var values = lines.Skip(1).Select(l => l.Split(',').Last()).ToList();
        values.ShouldAllBe(v => !Regex.IsMatch(v, "^[1-4]$"));
    }

    [Fact]
    public async Task Responder_IsForbidden()
    {
        var http = await ConsoleSession.SignedInAsync(_factory, "resp.only", ResponderRole.Responder);

        (await http.GetAsync("/responder/insights")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await http.GetAsync($"/responder/insights/export.csv?{Range}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await http.GetAsync("/responder/insights/assets/insights.js")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var http = _factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await http.GetAsync("/responder/insights");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/responder/sign-in");
    }

    [Theory]
    [InlineData("from=2026-03-07&to=2026-03-01")]
    [InlineData("from=yesterday&to=2026-03-01")]
    [InlineData("from=2024-01-01&to=2026-03-01")]
    public async Task BadRange_IsA400WithAMessage(string query)
    {
        var http = await ConsoleSession.SignedInAsync(_factory, $"sup.bad{Math.Abs(query.GetHashCode()) % 100000}", ResponderRole.Supervisor);

        using var page = await http.GetAsync($"/responder/insights?{query}");
        using var csv = await http.GetAsync($"/responder/insights/export.csv?{query}");

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).ShouldContain("role=\"alert\"");
        csv.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ChartAssets_AreServedByTheHost()
    {
        var http = await ConsoleSession.SignedInAsync(_factory, "sup.assets", ResponderRole.Supervisor);

        using var chart = await http.GetAsync("/responder/insights/assets/chart.umd.min.js");
        using var script = await http.GetAsync("/responder/insights/assets/insights.js");
        using var other = await http.GetAsync("/responder/insights/assets/..%2Fappsettings.json");

        chart.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await chart.Content.ReadAsStringAsync()).ShouldContain("Chart.js v4");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // The cells of one row (series joined by '|'), read from the table the chart is drawn from.
    private static string Cell(string html, string table, string label)
    {
        var body = Regex.Match(html, $"<table id=\"t-{table}\".*?</table>", RegexOptions.Singleline).Value;
        var row = Regex.Match(body, $"<tr data-label=\"{Regex.Escape(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(label))}\">(.*?)</tr>", RegexOptions.Singleline);
        row.Success.ShouldBeTrue($"row {label} in {table}");
        return string.Join('|', Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
    }
}
