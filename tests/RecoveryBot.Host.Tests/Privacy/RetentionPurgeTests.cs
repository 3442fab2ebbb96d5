using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Handoff;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Outbox;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Retention;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// Issue 7: the retention job purges activity logs, handoff tickets/transcripts/notes, outbox items and
/// conversation records older than Storage:Retention:Days, keeps newer ones, and never touches durable/ keys
/// (responder accounts, signing keys). Time is a FakeTimeProvider; SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RetentionPurgeTests(PostgresServer postgres)
{
    [Fact]
    public Task Sqlite_Purge_RemovesOldConversationDataKeepsDurableAndRecent()
    {
        var dir = Directory.CreateTempSubdirectory("rb-retention-").FullName;
        return RunAsync(new() { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(dir, "rb.db")}" });
    }

    [Fact]
    public async Task Postgres_Purge_RemovesOldConversationDataKeepsDurableAndRecent()
    {
        var schema = PostgresServer.UniqueSchema();
        try
        {
            await RunAsync(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = postgres.ConnectionString, ["Storage:Schema"] = schema });
        }
        finally
        {
            await postgres.DropSchemaAsync(schema);
        }
    }

    private static async Task RunAsync(Dictionary<string, string?> settings)
    {
        settings["Storage:Retention:Days"] = "30";
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddSingleton<IConfiguration>(configuration)
            .AddLogging().AddRecoveryBotStorage(configuration).AddHandoffCore().BuildServiceProvider();
        var records = services.GetRequiredService<IRecordStore>();
        var log = services.GetRequiredService<IActivityLog>();
        var outbox = services.GetRequiredService<IOutboxStore>();

        // Day 0: an old conversation everywhere, and a responder account.
        await Everywhere(services, "old");
        await services.GetRequiredService<ResponderAccountStore>().UpsertExternalAsync("sam", "Sam", ResponderRole.Responder);
        await records.WriteAsync("durable/dataprotection:key-1", "{}"u8.ToArray(), null);

        // Day 31: a recent conversation, then the purge.
        clock.Advance(TimeSpan.FromDays(31));
        await Everywhere(services, "new");
        var result = await services.GetRequiredService<RetentionService>().PurgeOnceAsync(CancellationToken.None);

        result.Activities.ShouldBe(2);
        result.OutboxItems.ShouldBe(1);
        foreach (var key in Keys("old"))
            (await records.ReadAsync(key)).ShouldBeNull(key);
        (await log.ReadAfterAsync("old", 0, 10)).ShouldBeEmpty();
        foreach (var key in Keys("new"))
            (await records.ReadAsync(key)).ShouldNotBeNull(key);
        (await log.ReadAfterAsync("new", 0, 10)).Count.ShouldBe(2);
        var pending = await outbox.ClaimExpiredAsync(clock.GetUtcNow().AddDays(1), clock.GetUtcNow().AddDays(2), 10);
        pending.Select(i => i.QueueKey).ShouldBe(["directline:new"]);
        (await records.ReadAsync(HandoffKeys.Responder("sam"))).ShouldNotBeNull();
        (await records.ReadAsync("durable/dataprotection:key-1")).ShouldNotBeNull();
    }

    private static string[] Keys(string conversation) =>
    [
        $"conv:directline:{conversation}", HandoffKeys.Ticket($"hf-{conversation}"), HandoffKeys.Transcript($"hf-{conversation}"),
        HandoffKeys.Notes($"hf-{conversation}"), HandoffKeys.ConversationTickets(conversation),
    ];

    private static async Task Everywhere(IServiceProvider services, string conversation)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        await services.GetRequiredService<IRecordStore>().WriteAsync($"conv:directline:{conversation}", "{\"schema\":1}"u8.ToArray(), null);
        await services.GetRequiredService<IActivityLog>().AppendAsync(conversation, [Encoding.UTF8.GetBytes("{\"type\":\"message\"}"), Encoding.UTF8.GetBytes("{\"type\":\"message\"}")]);
        await services.GetRequiredService<IOutboxStore>().AddAsync($"directline:{conversation}", ["{}"u8.ToArray()], clock.GetUtcNow());
        var ticket = new Ticket
        {
            Id = $"hf-{conversation}", Person = new PersonAddress("directline", conversation, "https://x", "u", "en-US"),
            RequestedAt = clock.GetUtcNow(), State = TicketState.Closed,
        };
        await services.GetRequiredService<TicketRepository>().CreateAsync(ticket);
        var transcripts = services.GetRequiredService<TranscriptStore>();
        await transcripts.AppendLineAsync(ticket.Id, TranscriptAuthor.Person, null, "[phone]", clock.GetUtcNow(), false);
        await transcripts.AddNoteAsync(ticket.Id, new TicketNote("sam", "Sam", "note", clock.GetUtcNow()));
    }
}
