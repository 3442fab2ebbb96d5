using System.Globalization;
using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Insights;

/// <summary>
/// Builds the dashboard's tables for a date range from the daily counters (a few small records per day, so a year
/// is a bounded number of key reads) and the handoff audit.
/// </summary>
public sealed class InsightsQuery(DailyCounters counters, InsightsBuffer buffer, HandoffOutcomes handoffs, ScoreBands bands)
{
    /// <summary>The longest range one request may ask for (a leap year).</summary>
    public const int MaxDays = 366;

    private static readonly (string Label, TimeSpan Below)[] ClaimBuckets =
    [
        ("Under 1 min", TimeSpan.FromMinutes(1)),
        ("1 to 5 min", TimeSpan.FromMinutes(5)),
        ("5 to 15 min", TimeSpan.FromMinutes(15)),
        ("15 to 60 min", TimeSpan.FromMinutes(60)),
        ("1 hour or more", TimeSpan.MaxValue),
    ];

    public async Task<InsightsReport> RunAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        // This instance's latest counts first, so staff see the turns they just watched (other instances flush on
        // their own interval).
        await buffer.FlushAsync(ct);
        var days = await counters.ReadAsync(from, to, ct);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var day in days)
        {
            foreach (var (name, count) in day.Counts)
            {
                totals[name] = totals.GetValueOrDefault(name) + count;
            }
        }
        var handoff = await handoffs.ReadAsync(from, to, ct);

        return new InsightsReport(from, to,
        [
            ConversationsPerDay(from, to, days),
            Funnel(totals),
            Bands(totals),
            Crisis(totals),
            new InsightsTable("handoffs", "Handoffs to a person", "bar", "Outcome", ["Handoffs"],
            [
                new("Requested", [handoff.Requested]),
                new("Claimed by a responder", [handoff.Claimed]),
                new("Timed out", [handoff.TimedOut]),
            ]),
            new InsightsTable("time-to-claim", "Time from request to claim", "bar", "Wait", ["Handoffs"],
                ClaimBuckets.Select((b, i) => new InsightsRow(b.Label,
                    [handoff.TimesToClaim.LongCount(w => w < b.Below && (i == 0 || w >= ClaimBuckets[i - 1].Below))])).ToList()),
            Breakdown(totals, "languages", "Conversations by language", "Language", 1, ["en", "es", "other"]),
            Breakdown(totals, "channels", "Conversations by channel", "Channel", 0, ["webchat", "directline", "msteams", "emulator", "test", "other"]),
        ]);
    }

    private static InsightsTable ConversationsPerDay(DateOnly from, DateOnly to, IReadOnlyList<DayCounts> days)
    {
        var byDay = days.ToDictionary(d => d.Day, d => d.Counts.Where(c => InsightNames.Labels(c.Key, InsightNames.Conversation) is not null).Sum(c => c.Value));
        var rows = new List<InsightsRow>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            rows.Add(new InsightsRow(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [byDay.GetValueOrDefault(day)]));
        }
        return new InsightsTable("conversations-per-day", "Conversations per day", "line", "Day (UTC)", ["Conversations"], rows);
    }

    private static InsightsTable Funnel(Dictionary<string, long> totals)
    {
        var started = Sum(totals, InsightNames.FlowStarted, 0);
        var ended = Sum(totals, InsightNames.FlowEnded, 0);
        var rows = started.Keys.Union(ended.Keys)
            .OrderByDescending(f => started.GetValueOrDefault(f)).ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => new InsightsRow(f, [started.GetValueOrDefault(f), ended.GetValueOrDefault(f)]))
            .ToList();
        return new InsightsTable("flows", "Flows started and completed", "bar", "Flow", ["Started", "Completed"], rows);
    }

    // Every band the content defines, in content order, so an empty band shows as 0 rather than disappearing.
    private InsightsTable Bands(Dictionary<string, long> totals)
    {
        var rows = bands.All.Values.Distinct()
            .Select(b => new InsightsRow($"{b.Instrument} {b.Band}", [totals.GetValueOrDefault(InsightNames.Band(b.Instrument, b.Band))]))
            .ToList();
        return new InsightsTable("score-bands", "Check-in results by score band", "bar", "Questionnaire and band", ["Results shown"], rows);
    }

    private static InsightsTable Crisis(Dictionary<string, long> totals)
    {
        string[] categories = ["suicide", "self_harm", "overdose", "harm_others", "abuse_danger", "medical", "unspecified"];
        var rows = categories
            .Select(c => new InsightsRow(c.Replace('_', ' '),
                [totals.GetValueOrDefault(InsightNames.CrisisDetection("crisis", c)), totals.GetValueOrDefault(InsightNames.CrisisDetection("concern", c))]))
            .ToList();
        return new InsightsTable("crisis", "Crisis detections by category and level", "bar", "Category", ["Crisis", "Concern"], rows);
    }

    private static InsightsTable Breakdown(Dictionary<string, long> totals, string id, string title, string header, int labelIndex, string[] order)
    {
        var counts = Sum(totals, InsightNames.Conversation, labelIndex);
        var rows = order.Select(o => new InsightsRow(o, [counts.GetValueOrDefault(o)])).ToList();
        return new InsightsTable(id, title, "doughnut", header, ["Conversations"], rows);
    }

    // Totals of one kind grouped by one of its labels.
    private static Dictionary<string, long> Sum(Dictionary<string, long> totals, string kind, int labelIndex)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, count) in totals)
        {
            if (InsightNames.Labels(name, kind) is { } labels && labels.Length > labelIndex)
            {
                result[labels[labelIndex]] = result.GetValueOrDefault(labels[labelIndex]) + count;
            }
        }
        return result;
    }
}
