using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Privacy;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// Issue 7: after a web-chat conversation with a crisis and two handoffs (one closed, one open), "delete my data"
/// leaves no row in any table of the schema that contains the conversation id — on SQLite and on PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DeleteMyDataTests(PostgresServer postgres)
{
    [Fact]
    public async Task Sqlite_DeleteMyData_LeavesNoRowWithTheConversationId()
    {
        var dataDir = Directory.CreateTempSubdirectory("rb-privacy-").FullName;
        var connectionString = $"Data Source={Path.Combine(dataDir, "rb.db")}";
        await using var factory = new HostFactory().With("Storage:ConnectionString", connectionString).With("Privacy:DeletionGrace", "00:00:00");

        var chat = await ScriptedWebChat.RunAsync(factory, deleteAtEnd: false);
        // The conversation really is everywhere before the request (else the final check proves nothing).
        var before = await StorageRows.SqliteRowsContainingAsync(connectionString, chat.ConversationId);
        before.ShouldContain(r => r.StartsWith("activities:", StringComparison.Ordinal));
        before.ShouldContain(r => r.StartsWith("records:", StringComparison.Ordinal) && r.Contains("key=ticket:", StringComparison.Ordinal));
        before.ShouldContain(r => r.StartsWith("audit_log:", StringComparison.Ordinal));

        await DeleteAsync(factory, chat);

        (await StorageRows.SqliteRowsContainingAsync(connectionString, chat.ConversationId)).ShouldBeEmpty();
        await AssertAuditKeptAnonymouslyAsync(factory, chat.ConversationId);
    }

    [Fact]
    public async Task Postgres_DeleteMyData_LeavesNoRowWithTheConversationId()
    {
        var schema = PostgresServer.UniqueSchema();
        await using var factory = new HostFactory()
            .With("Storage:Provider", "Postgres").With("Storage:ConnectionString", postgres.ConnectionString).With("Storage:Schema", schema)
            .With("Privacy:DeletionGrace", "00:00:00");
        try
        {
            var chat = await ScriptedWebChat.RunAsync(factory, deleteAtEnd: false);
            var before = await StorageRows.PostgresRowsContainingAsync(postgres.ConnectionString, schema, chat.ConversationId);
            before.ShouldContain(r => r.StartsWith("activities:", StringComparison.Ordinal));
            before.ShouldContain(r => r.StartsWith("records:", StringComparison.Ordinal) && r.Contains("key=ticket:", StringComparison.Ordinal));

            await DeleteAsync(factory, chat);

            (await StorageRows.PostgresRowsContainingAsync(postgres.ConnectionString, schema, chat.ConversationId)).ShouldBeEmpty();
            await AssertAuditKeptAnonymouslyAsync(factory, chat.ConversationId);
        }
        finally
        {
            await postgres.DropSchemaAsync(schema);
        }
    }

    private static async Task DeleteAsync(HostFactory factory, WebChatSession chat)
    {
        await chat.SayAsync("delete my data");
        await chat.SayAsync("yes");
        await factory.Services.GetRequiredService<Outbound.OrderedWorkQueue>().DrainAsync();
        await factory.Services.GetRequiredService<ConversationEraser>().WhenIdleAsync();
    }

    /// <summary>The crisis detections still count for the clinic, under a pseudonym, and the erasure is audited.</summary>
    private static async Task AssertAuditKeptAnonymouslyAsync(HostFactory factory, string conversationId)
    {
        var entries = await factory.Services.GetRequiredService<IAuditLog>()
            .ReadAsync(new AuditQuery(ConversationId: ConversationEraser.Pseudonym(conversationId)));
        entries.ShouldContain(e => e.Action == "safety.detection" && e.Detail!.Contains("level=Crisis", StringComparison.Ordinal));
        entries.ShouldContain(e => e.Action == ConversationEraser.AuditAction);
    }
}
