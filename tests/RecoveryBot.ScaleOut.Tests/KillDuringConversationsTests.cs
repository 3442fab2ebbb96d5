using System.Diagnostics;
using RecoveryBot.ScaleOut.Tests.Infrastructure;
using RecoveryBot.Storage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RecoveryBot.ScaleOut.Tests;

/// <summary>
/// Issue 7, "no message lost": instance A is killed with SIGKILL while 50 conversations run the bench's 5-turn flow
/// across A and B. Sockets that were on A reconnect to B with their watermark; posts that got no HTTP answer are
/// posted again, unchanged, to B. Every conversation must then hold each message once, every reply once, in
/// watermark order, and be at the step it would have reached without the crash.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class KillDuringConversationsTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const int Conversations = 50;
    private const string Phq2Result = "mental-health-check-in/phq2-result";
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["WebChat__TokenRequestsPerMinute"] = "1000",
        // Ids only: lets the test count the retries that found their first attempt already stored.
        ["Logging__LogLevel__RecoveryBot.DirectLine.Delivery.DirectLineConversations"] = "Information",
    };

    [Fact]
    public async Task KillAMidFlow_ClientsFailOverToB_NothingLostDuplicatedOrReplayed()
    {
        var clock = Stopwatch.StartNew();
        var schema = PostgresServer.UniqueSchema();
        var a = HostProcess.StartAsync(postgres.ConnectionString, schema, Settings);
        var b = HostProcess.StartAsync(postgres.ConnectionString, schema, Settings);
        await using var hostA = await a;
        await using var hostB = await b;
        var clients = new List<DirectLineClient>();
        try
        {
            var started = clock.Elapsed;
            var deadline = DateTime.UtcNow.AddSeconds(90); // for the conversations, once both hosts serve
            // What each turn answers when nothing goes wrong: the yardstick for "continues at the right step".
            var expected = await ReferenceRunAsync(hostB.BaseUri);

            var aDead = false;
            Uri Route(Uri preferred) => Volatile.Read(ref aDead) ? hostB.BaseUri : preferred; // the load balancer's view
            // The kill: armed once a fifth of turns 2-5 are done; fired by the first echo of a post to A whose HTTP
            // answer has not come back — a turn is certainly in flight on A at that moment.
            var armed = false;
            var awaitingA = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>();
            var killed = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            void KillIfInFlight(Received echo)
            {
                if (!Volatile.Read(ref armed) || echo.ClientActivityId is not { } cid || !awaitingA.ContainsKey(cid) || Interlocked.Exchange(ref aDead, true))
                    return;
                hostA.Kill(); // SIGKILL
                killed.SetResult(clock.Elapsed);
            }
            for (var i = 0; i < Conversations; i++)
            {
                var socketHost = i % 2 == 0 ? hostA.BaseUri : hostB.BaseUri;
                var client = await DirectLineClient.CreateAsync(i % 3 == 0 ? hostB.BaseUri : hostA.BaseUri);
                await client.ConnectAsync(socketHost);
                client.Failover = () => Route(socketHost);
                client.Arrived += KillIfInFlight;
                clients.Add(client);
            }

            // Turn 1 everywhere first, so every conversation has state when A dies.
            var retries = 0;
            var retriedPosts = 0;
            var noAnswer = new System.Collections.Concurrent.ConcurrentBag<string>();
            async Task TurnAsync(int conversation, int turn)
            {
                var client = clients[conversation];
                var preferred = (conversation + turn) % 2 == 0 ? hostA.BaseUri : hostB.BaseUri;
                var cid = $"c{conversation}-t{turn}";
                if (preferred == hostA.BaseUri) awaitingA[cid] = 0;
                var (id, retried) = await client.PostUntilAnsweredAsync(() => Route(preferred), TwoInstanceTests.Script[turn], cid, deadline,
                    (host, ex) => noAnswer.Add($"{(host == hostA.BaseUri ? "A" : "B")}: {ex.InnerException?.GetType().Name ?? ex.GetType().Name}"));
                awaitingA.TryRemove(cid, out _);
                Interlocked.Add(ref retries, retried);
                if (retried > 0) Interlocked.Increment(ref retriedPosts);
                await client.WaitForAsync(seen => seen.Any(r => r.ReplyToId == id), Remaining(deadline));
            }
            await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => TurnAsync(c, 0)));
            var firstTurnDone = clock.Elapsed;

            // Turns 2-5 concurrently; A dies part-way (see KillIfInFlight).
            var done = 0;
            var armAt = Conversations * 4 / 5;
            async Task RestAsync(int conversation)
            {
                for (var turn = 1; turn < TwoInstanceTests.Script.Length; turn++)
                {
                    await TurnAsync(conversation, turn);
                    if (Interlocked.Increment(ref done) == armAt)
                        Volatile.Write(ref armed, true);
                }
            }
            await Task.WhenAll(Enumerable.Range(0, Conversations).Select(RestAsync));
            var flowsDone = clock.Elapsed;
            killed.Task.IsCompleted.ShouldBeTrue("A was killed mid-flow");

            var reconnects = 0;
            for (var i = 0; i < Conversations; i++)
            {
                reconnects += clients[i].Reconnects;
                await AssertIntactAsync(clients[i], hostB.BaseUri, expected, deadline);
            }
            output.WriteLine($"hosts ready {started.TotalSeconds:F1}s, turn 1 x{Conversations} {(firstTurnDone - started).TotalSeconds:F1}s, " +
                $"kill at {(await killed.Task).TotalSeconds:F1}s, all flows {flowsDone.TotalSeconds:F1}s, checked {clock.Elapsed.TotalSeconds:F1}s; " +
                $"posts re-sent {retriedPosts} ({retries} attempts), of which B found already stored {Count(hostB.Output, "posted again")}, sockets reconnected {reconnects}; " +
                $"no answer from: {string.Join(", ", noAnswer.GroupBy(x => x).Select(g => $"{g.Key} x{g.Count()}"))}");
            reconnects.ShouldBeGreaterThanOrEqualTo(Conversations / 2, "every socket that was on A moved to B");
            retriedPosts.ShouldBeGreaterThan(0, "some posts were in flight on A when it died");
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
            await postgres.DropSchemaAsync(schema);
        }
    }

    /// <summary>Per turn, the content ids of its replies, from one undisturbed conversation.</summary>
    private static async Task<List<string?>[]> ReferenceRunAsync(Uri host)
    {
        await using var client = await DirectLineClient.CreateAsync(host);
        await client.ConnectAsync(host);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        for (var turn = 0; turn < TwoInstanceTests.Script.Length; turn++)
        {
            var (id, _) = await client.PostUntilAnsweredAsync(() => host, TwoInstanceTests.Script[turn], $"ref-t{turn}", deadline);
            await client.WaitForAsync(seen => seen.Any(r => r.ReplyToId == id), Remaining(deadline));
        }
        var expected = RepliesPerTurn(await client.ReadLogAsync(host));
        expected[^1].ShouldContain(Phq2Result, "the bench flow ends at the PHQ-2 result");
        return expected;
    }

    private static async Task AssertIntactAsync(DirectLineClient client, Uri host, List<string?>[] expected, DateTime deadline)
    {
        var log = await client.ReadLogAsync(host);
        var last = log[^1].Watermark;
        await client.WaitForAsync(seen => seen.Count > 0 && seen[^1].Watermark >= last, Remaining(deadline));
        var conversation = client.ConversationId;

        // The socket delivered exactly the stored log: nothing lost, nothing twice, in watermark order.
        client.All.Select(r => r.Id).ShouldBe(log.Select(r => r.Id), $"{conversation}: the socket (across the failover) delivered the log exactly");
        log.Select(r => r.Watermark).ShouldBe(log.Select(r => r.Watermark).Order(), $"{conversation}: log order");
        // Each post stored once, in the order it was sent.
        var echoes = log.Where(r => r.ClientActivityId is not null).Select(r => r.ClientActivityId).ToList();
        echoes.Count.ShouldBe(TwoInstanceTests.Script.Length, $"{conversation}: one echo per post, got [{string.Join(", ", echoes)}]");
        echoes.Distinct().Count().ShouldBe(echoes.Count, $"{conversation}: no post stored twice");
        // Each turn answered once, with what an undisturbed conversation answers at that step.
        var actual = RepliesPerTurn(log);
        for (var turn = 0; turn < expected.Length; turn++)
            actual[turn].ShouldBe(expected[turn], $"{conversation}: turn {turn + 1} replies (all: {Describe(log)})");
    }

    /// <summary>Index 0 = replies not tied to a post (the welcome); index t+1 = replies to the t-th post.</summary>
    private static List<string?>[] RepliesPerTurn(List<Received> log)
    {
        var echoIds = log.Where(r => r.ClientActivityId is not null).Select(r => r.Id).ToList();
        var turns = Enumerable.Range(0, echoIds.Count + 1).Select(_ => new List<string?>()).ToArray();
        foreach (var reply in log.Where(r => r.ClientActivityId is null))
        {
            var turn = reply.ReplyToId is null ? 0 : echoIds.IndexOf(reply.ReplyToId) + 1;
            turn.ShouldNotBe(reply.ReplyToId is null ? -1 : 0, $"reply {reply.Id} answers an activity that is not in the log: {reply.ReplyToId}");
            turns[turn].Add(reply.ContentId);
        }
        return turns;
    }

    private static string Describe(List<Received> log) =>
        string.Join(", ", log.Select(r => $"{r.Watermark}:{r.ClientActivityId ?? r.ContentId}"));

    private static int Count(string text, string what) =>
        text.Split('\n').Count(line => line.Contains(what, StringComparison.Ordinal));

    private static TimeSpan Remaining(DateTime deadline) =>
        deadline - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;
}
