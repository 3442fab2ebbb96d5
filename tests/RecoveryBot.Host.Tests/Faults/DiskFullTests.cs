using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Composition;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Host.Tests.Privacy;
using RecoveryBot.Storage.Sqlite;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// Issue #9: the SQLite database runs out of space mid-run. The real SQLite store hits a real SQLITE_FULL through
/// the operator quota <c>Storage:Sqlite:MaxPageCount</c> (PRAGMA max_page_count: the same error a full disk gives,
/// without root or a tmpfs). Turns that cannot be saved get the polite try-again reply (a crisis still gets crisis
/// resources), never a 500; the log says SQLITE_FULL without what anyone wrote; /readyz turns unhealthy. When the
/// quota is lifted the file passes integrity_check, every conversation continues at the step it had saved, and
/// /readyz is healthy again.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private static readonly string[] Flow = ["hi", "mental health", "fine", "Several days", "menu"];
    private const string CrisisText = "i want to end my life";

    private readonly string _dir = Directory.CreateTempSubdirectory("rb-diskfull-").FullName;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CapturingLoggerProvider _logs = new();
    private readonly HostFactory _factory;

    public DiskFullTests()
    {
        _factory = new HostFactory()
            .With("Storage:ConnectionString", $"Data Source={DatabasePath}")
            .WithServices(s => s.AddSingleton<TimeProvider>(_clock)
                .AddLogging(b => b.AddProvider(_logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Information)));
    }

    private string DatabasePath => Path.Combine(_dir, "rb.db");

    [Fact]
    public async Task DatabaseFullMidRun_PoliteRetryCrisisAnsweredNotReady_RecoversIntactAtTheRightStep()
    {
        var http = _factory.CreateClient();
        var engine = _factory.Services.GetRequiredService<IDialogEngine>();
        var database = _factory.Services.GetRequiredService<SqliteDatabase>();
        var tryAgain = engine.Fallback(FallbackKind.TryAgain, "en").Select(r => r.ContentId).ToList();
        var crisisFallback = engine.Fallback(FallbackKind.Crisis, "en").Select(r => r.ContentId).ToList();

        // Several people mid-way through the check-in when the space runs out.
        var midway = Enumerable.Range(0, 8).Select(i => new MidwayConversation(new BotClient(http, "test", $"conv-mid-{i:D2}-{Guid.NewGuid():N}"))).ToList();
        foreach (var person in midway)
        {
            await person.SayAsync(Flow[0]);
            await person.SayAsync(Flow[1]);
        }
        (await http.GetAsync("/readyz")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The quota is set to the size the file has now: from here on only slack inside existing pages is left.
        database.MaxPageCount = SqliteInspection.PageCount(DatabasePath);
        var newcomers = new List<MidwayConversation>();
        for (var n = 0; n < 400 && newcomers.TakeLast(5).Count(p => p.Refused == 1) < 5; n++)
        {
            var newcomer = new MidwayConversation(new BotClient(http));
            await newcomer.SayAsync(Flow[0]);
            newcomers.Add(newcomer);
        }
        newcomers.TakeLast(5).ShouldAllBe(p => p.Refused == 1, "new conversations must stop being saved once the quota is reached");
        newcomers.TakeLast(5).ShouldAllBe(p => p.LastReplies.SequenceEqual(tryAgain));
        var crisis = await new BotClient(http).SayIdsAsync(CrisisText);
        foreach (var person in midway)
        {
            await person.SayAsync(Flow[2]); // an in-place update may still fit in its page's slack; a growing one cannot
            await person.SayAsync(Flow[3]);
            await person.SayAsync(Flow[4]);
        }
        _clock.Advance(StorageWriteProbe.CacheFor);
        var readyWhileFull = await http.GetAsync("/readyz");

        crisis.ShouldBe(crisisFallback, "a crisis gets the crisis pathway from content even when nothing can be saved");
        midway.Select(p => p.LastReplies).ShouldAllBe(ids => ids.SequenceEqual(tryAgain) || !ids.Contains(tryAgain[0]));
        readyWhileFull.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var lines = _logs.Lines.ToList();
        lines.ShouldContain(l => l.Contains("SQLITE_FULL", StringComparison.Ordinal) && l.Contains("error 13", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains(CrisisText, StringComparison.OrdinalIgnoreCase) || l.Contains("Several days", StringComparison.Ordinal));

        // Space freed (the operator lifts the quota): integrity intact, readiness back, every conversation goes on.
        database.MaxPageCount = null;
        _clock.Advance(StorageWriteProbe.CacheFor);
        (await http.GetAsync("/readyz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        SqliteInspection.IntegrityCheck(DatabasePath).ShouldBe("ok");
        // Mid-way saves that grew a record past its page's slack were refused (which ones depends on the B-tree
        // layout); the newcomers' first saves certainly were. Either way each conversation holds exactly the turns
        // that were answered and goes on from there.
        foreach (var (person, next) in midway.Select(p => (p, Flow[1..])).Concat(newcomers.TakeLast(5).Select(p => (p, Flow))))
        {
            foreach (var text in next)
            {
                await person.SayAsync(text);
            }
            person.Refused.ShouldBe(person.Sent - person.Accepted.Count);
            var saved = SqliteInspection.Conversation(DatabasePath, "test", person.Client.ConversationId).ShouldNotBeNull();
            saved.Turns.ShouldBe(person.Accepted.Count, "exactly the answered turns are saved: nothing lost, nothing half-applied");

            // The same accepted inputs in a fresh conversation give the same replies: it continued at the right step.
            var reference = new BotClient(http);
            foreach (var (text, replies) in person.Accepted)
            {
                (await reference.SayIdsAsync(text)).ShouldBe(replies, $"after '{text}'");
            }
        }
    }

    /// <summary>One person's conversation: what they said, which turns were answered and which were refused.</summary>
    private sealed class MidwayConversation(BotClient client)
    {
        public BotClient Client { get; } = client;
        public List<(string Text, IReadOnlyList<string> Replies)> Accepted { get; } = [];
        public IReadOnlyList<string> LastReplies { get; private set; } = [];
        public int Sent { get; private set; }
        public int Refused { get; private set; }

        public async Task SayAsync(string text)
        {
            Sent++;
            LastReplies = await Client.SayIdsAsync(text);
            if (LastReplies.Count == 1 && LastReplies[0].EndsWith("try-again", StringComparison.Ordinal)) Refused++;
            else Accepted.Add((text, LastReplies));
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
