using RecoveryBot.ScaleOut.Tests.Infrastructure;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.ScaleOut.Tests;

/// <summary>
/// Issue 7: two host processes on one PostgreSQL database. A person's socket is on A while their posts are handled
/// on B (a load balancer without affinity): every activity arrives on A, in order, exactly once.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class TwoInstanceTests(PostgresServer postgres)
{
    // The bench's 5-turn flow: the dialog must reach the PHQ-2 result whichever instance runs each turn.
    internal static readonly string[] Script = ["hi", "Mental health", "I've been a bit tired and stressed with work, but mostly okay.", "Several days", "Not at all"];

    [Fact]
    public async Task SocketOnA_PostsToB_EveryActivityArrivesInOrderOnce()
    {
        var schema = PostgresServer.UniqueSchema();
        await using var a = await HostProcess.StartAsync(postgres.ConnectionString, schema);
        await using var b = await HostProcess.StartAsync(postgres.ConnectionString, schema);
        try
        {
            await using var client = await DirectLineClient.CreateAsync(a.BaseUri);
            await client.ConnectAsync(a.BaseUri);
            for (var turn = 0; turn < Script.Length; turn++)
            {
                var target = turn % 2 == 0 ? b : a; // mostly B; A too, so both append to one log
                var id = await client.PostAsync(target.BaseUri, Script[turn], $"turn-{turn}");
                await client.WaitForAsync(seen => seen.Any(r => r.ReplyToId == id), TimeSpan.FromSeconds(30));
            }
            // Whatever is still on its way (trailing replies) arrives before a last marker is answered.
            var last = await client.PostAsync(b.BaseUri, "Not at all", "tail");
            await client.WaitForAsync(seen => seen.Any(r => r.ReplyToId == last), TimeSpan.FromSeconds(30));

            var all = client.All;
            all.Select(r => r.Id).ShouldBeUnique();
            all.Select(r => r.Watermark).ShouldBe(all.Select(r => r.Watermark).Order(), "delivered in log order");
            all.Where(r => r.ClientActivityId is not null).Select(r => r.ClientActivityId)
                .ShouldBe(["turn-0", "turn-1", "turn-2", "turn-3", "turn-4", "tail"]);
            all.Count(r => r.ContentId is not null && r.ContentId.Contains("phq2", StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThan(0,
                "the dialog reached the PHQ-2 result across instances: " + string.Join(",", all.Select(r => r.ContentId)));
        }
        finally
        {
            await postgres.DropSchemaAsync(schema);
        }
    }
}
