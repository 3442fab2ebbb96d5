using System.Text;
using RecoveryBot.ScaleOut.Tests.Infrastructure;
using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.ScaleOut.Tests;

/// <summary>
/// <see cref="IActivityLog.ReadLastAsync"/>, where a retried Direct Line post is looked for: PostgreSQL's one-query
/// tail must equal the interface's paging default, and see only its own conversation.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ActivityLogTailTests(PostgresServer postgres)
{
    [Fact]
    public async Task ReadLast_Postgres_EqualsPagingDefault_NewestOldestFirst()
    {
        var schema = PostgresServer.UniqueSchema();
        await using var db = new PostgresDatabase(postgres.ConnectionString, schema, TimeProvider.System);
        try
        {
            var log = new PostgresActivityLog(db);
            for (var i = 1; i <= 130; i++)
            {
                await log.AppendAsync("c1", [Encoding.UTF8.GetBytes($"{{\"n\":{i}}}")]);
                if (i % 3 == 0) await log.AppendAsync("c2", [Encoding.UTF8.GetBytes("{\"other\":true}")]);
            }

            var tail = await log.ReadLastAsync("c1", 64);
            var byPaging = await ((IActivityLog)new PagingOnly(log)).ReadLastAsync("c1", 64);

            tail.Select(e => e.Watermark).ShouldBe(Enumerable.Range(67, 64).Select(w => (long)w));
            tail.Select(e => Encoding.UTF8.GetString(e.Json)).ShouldBe(byPaging.Select(e => Encoding.UTF8.GetString(e.Json)));
            (await log.ReadLastAsync("nobody", 64)).ShouldBeEmpty();
        }
        finally
        {
            await postgres.DropSchemaAsync(schema);
        }
    }

    /// <summary>Hides the store's own ReadLastAsync, so the interface's default runs.</summary>
    private sealed class PagingOnly(IActivityLog inner) : IActivityLog
    {
        public Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<byte[]> activities, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(conversationId, activities, cancellationToken);

        public Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken = default) =>
            inner.ReadAfterAsync(conversationId, afterWatermark, max, cancellationToken);

        public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
            inner.DeleteConversationAsync(conversationId, cancellationToken);
    }
}
