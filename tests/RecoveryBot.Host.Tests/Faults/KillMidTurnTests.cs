using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// Issue #9 §3: the host is killed (SIGKILL) in the middle of a burst of turns. Every turn is either fully applied
/// or not at all: a conversation's saved turn counter is at least the number of turns the person saw answered
/// and at most one more (the turn in flight, saved before its answer left), the SQLite file passes
/// integrity_check, and a restarted host carries on from the saved state.
/// </summary>
public sealed class KillMidTurnTests : IDisposable
{
    private const int Conversations = 8;
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rb-kill-").FullName;

    [Fact]
    public async Task KilledDuringBurst_EachTurnAllOrNothing_RestartContinues()
    {
        var acked = new int[Conversations];
        var ids = Enumerable.Range(0, Conversations).Select(i => $"kill-{i}-{Guid.NewGuid():N}").ToArray();
        await using (var host = await HostProcess.StartAsync(_dataDir))
        {
            using var http = host.CreateClient();
            using var stop = new CancellationTokenSource();
            var enoughAcked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var senders = Enumerable.Range(0, Conversations).Select(i => Task.Run(async () =>
            {
                var person = new BotClient(http, conversationId: ids[i]);
                string[] texts = ["hi", "mental health", "fine", "Several days", "menu", "I keep thinking about using"];
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        await person.SayAsync(texts[n % texts.Length]);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return; // the host is gone: this turn was not acknowledged
                    }
                    if (Interlocked.Increment(ref acked[i]) > 0 && acked.Sum() >= Conversations * 10)
                    {
                        enoughAcked.TrySetResult();
                    }
                }
            })).ToArray();

            await enoughAcked.Task.WaitAsync(TimeSpan.FromSeconds(60));
            host.KillHard(); // turns of every conversation are in flight right now
            stop.Cancel();
            await Task.WhenAll(senders).WaitAsync(TimeSpan.FromSeconds(30));
        }

        var database = Path.Combine(_dataDir, "rb.db");
        SqliteInspection.IntegrityCheck(database).ShouldBe("ok");
        for (var i = 0; i < Conversations; i++)
        {
            var record = SqliteInspection.Conversation(database, "test", ids[i]).ShouldNotBeNull();
            record.Turns.ShouldBeInRange(acked[i], acked[i] + 1, $"conversation {i}: {acked[i]} turns were answered");
        }

        await using var restarted = await HostProcess.StartAsync(_dataDir);
        using var again = restarted.CreateClient();
        var before = SqliteInspection.Conversation(database, "test", ids[0])!.Turns;
        (await new BotClient(again, conversationId: ids[0]).SayIdsAsync("menu")).ShouldNotBeEmpty();
        SqliteInspection.Conversation(database, "test", ids[0])!.Turns.ShouldBe(before + 1);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
