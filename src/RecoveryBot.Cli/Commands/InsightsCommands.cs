using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Storage.Insights;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Cli.Commands;

/// <summary>
/// <c>recoverybot insights import --file FILE.json [--connection-string CS] [--settings FILE]</c>: loads aggregate
/// programme statistics into the host's storage (a demo or training installation, a migration, the dashboard's
/// end-to-end test). The file holds counts and handoff timings only, never words:
/// <c>{"counters":[{"day":"2026-03-01","counts":{"conversation|webchat|en":12}}],
/// "handoffs":[{"ticket":"t1","requestedAt":"…Z","claimedAt":"…Z"},{"ticket":"t2","requestedAt":"…Z","timedOutAt":"…Z"}]}</c>.
/// Counters are added to what is stored; handoffs are written to the handoff audit at their own times.
/// </summary>
public sealed class InsightsCommands : ICliCommandGroup
{
    private const string Usage = "usage: recoverybot insights import --file FILE.json [--connection-string CS] [--settings FILE]";

    private readonly Func<IConfiguration, IRecordStore> storeFactory;

    public InsightsCommands() : this(CliRecordStoreFactory.Create)
    {
    }

    /// <summary>Tests pass their own store.</summary>
    public InsightsCommands(Func<IConfiguration, IRecordStore> storeFactory) => this.storeFactory = storeFactory;

    public string Name => "insights";

    public string Summary => "import aggregate programme statistics (counts per day, handoff timings)";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length && args[i] is "--file" or "--connection-string" or "--settings"; i += 2)
        {
            options[args[i][2..]] = args[i + 1];
        }
        if (args.Length == 0 || args[0] != "import" || args.Length != 1 + 2 * options.Count || options.GetValueOrDefault("file") is not { } file)
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }
        Seed seed;
        try
        {
            seed = Seed.Parse(await File.ReadAllBytesAsync(file, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"recoverybot insights: cannot read {file}: {ex.Message}");
            return 1;
        }
        var store = storeFactory(RespondersCommands.LoadConfiguration(options));
        var counters = new DailyCounters(store);
        foreach (var (day, counts) in seed.Counters)
        {
            await counters.AddAsync(day, counts, "import", cancellationToken);
        }
        var clock = new SettableClock();
        var audit = new HandoffAudit(new JsonRecords(store), clock);
        foreach (var (ticket, action, at) in seed.HandoffEvents)
        {
            clock.Now = at;
            await audit.RecordAsync(action == AuditAction.Requested ? HandoffAudit.PersonActor : action == AuditAction.TimedOut ? HandoffAudit.SystemActor : "import",
                action, ticket, ct: cancellationToken);
        }
        await console.Out.WriteLineAsync($"imported {seed.Counters.Count} days of counters and {seed.HandoffEvents.Count} handoff events");
        return 0;
    }

    private sealed record Seed(List<(DateOnly Day, Dictionary<string, long> Counts)> Counters, List<(string Ticket, AuditAction Action, DateTimeOffset At)> HandoffEvents)
    {
        public static Seed Parse(byte[] json)
        {
            using var doc = JsonDocument.Parse(json);
            var counters = new List<(DateOnly, Dictionary<string, long>)>();
            if (doc.RootElement.TryGetProperty("counters", out var days))
            {
                foreach (var day in days.EnumerateArray())
                {
                    var date = DateOnly.ParseExact(day.GetProperty("day").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    counters.Add((date, day.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal)));
                }
            }
            var events = new List<(string, AuditAction, DateTimeOffset)>();
            if (doc.RootElement.TryGetProperty("handoffs", out var handoffs))
            {
                foreach (var h in handoffs.EnumerateArray())
                {
                    var ticket = h.GetProperty("ticket").GetString()!;
                    events.Add((ticket, AuditAction.Requested, h.GetProperty("requestedAt").GetDateTimeOffset()));
                    if (h.TryGetProperty("claimedAt", out var claimed) && claimed.ValueKind == JsonValueKind.String)
                    {
                        events.Add((ticket, AuditAction.Claimed, claimed.GetDateTimeOffset()));
                    }
                    if (h.TryGetProperty("timedOutAt", out var timedOut) && timedOut.ValueKind == JsonValueKind.String)
                    {
                        events.Add((ticket, AuditAction.TimedOut, timedOut.GetDateTimeOffset()));
                    }
                }
            }
            return new Seed(counters, events.OrderBy(e => e.Item3).ToList());
        }
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
