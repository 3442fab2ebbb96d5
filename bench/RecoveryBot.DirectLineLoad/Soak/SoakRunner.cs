using System.Diagnostics;
using System.Net;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>
/// The soak (issue #9): N Web Chat conversations over WebSocket, each running the 5-turn flow with a think time,
/// for a duration; then the verdict. Passes when no post failed, no turn or activity was lost, duplicated or
/// reordered, and after the warm-up the host's RSS grew by at most <see cref="SoakOptions.MaxRssGrowthMb"/> and its
/// surviving managed heap (gen2+LOH+POH) by at most <see cref="SoakOptions.MaxHeapGrowthMb"/> ("flat memory").
/// </summary>
public static class SoakRunner
{
    public static async Task<SoakResult> RunAsync(SoakOptions options, Uri baseUrl, int? hostPid, TextWriter log)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestVersion = HttpVersion.Version11,
        };
        var total = TimeSpan.FromSeconds(options.WarmupSeconds + options.Seconds);
        using var stop = new CancellationTokenSource(total + TimeSpan.FromMinutes(2));
        var tally = new SoakTally();
        var people = Enumerable.Range(0, options.Conversations).Select(i => new SoakConversation(http, options.Secret, i, tally)).ToList();
        using (var gate = new SemaphoreSlim(32))
        {
            await Task.WhenAll(people.Select(async p =>
            {
                await gate.WaitAsync(stop.Token);
                try { await p.ConnectAsync(stop.Token); } finally { gate.Release(); }
            }));
        }
        log.WriteLine($"{people.Count} conversations connected over WebSocket; running {options.WarmupSeconds} s warm-up + {options.Seconds} s");

        using var sampling = new CancellationTokenSource();
        // Its own client: /metrics reads must not queue behind the conversations' posts in the load's connection pool.
        using var metricsHttp = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var sampler = new MemorySampler(metricsHttp, hostPid, TimeSpan.FromSeconds(Math.Clamp(options.Seconds / 60.0, 1, 10)));
        var sampled = sampler.RunAsync(sampling.Token);
                var until = DateTime.UtcNow + total;
        var running = Task.WhenAll(people.Select(p => p.RunAsync(until, options.ThinkMs, stop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds), stop.Token);
        tally.Measuring = true;
        var measured = Stopwatch.StartNew();
        await running;
        var seconds = measured.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampled;
        foreach (var p in people) await p.DisposeAsync();

        var after = sampler.Samples.Where(s => s.Seconds >= options.WarmupSeconds).ToList();
        var rss = MemoryTrend.Of(after.Select(s => (s.Seconds, s.RssMb)));
        var heap = MemoryTrend.Of(after.Select(s => (s.Seconds, s.HeapMb)));
        var (turns, p50, p99, max) = tally.Latency();
        var missed = after.Count(s => double.IsNaN(s.HeapMb));
        return new SoakResult(options, seconds, tally.Posts, tally.FailedPosts, turns, turns / seconds, p50, p99, max,
            tally.LostTurns, tally.LostActivityCount, tally.DuplicatedCount, tally.ReorderedCount, rss, heap, after.Count, missed);
    }
}

public sealed record SoakOptions(int Conversations, int Seconds, int WarmupSeconds, int ThinkMs, string Secret, double MaxRssGrowthMb, double MaxHeapGrowthMb);

public sealed record SoakResult(SoakOptions Options, double Seconds, long Posts, long FailedPosts, int Turns, double TurnsPerSecond,
    double P50, double P99, double Max, long LostTurns, long LostActivities, long Duplicated, long Reordered, MemoryTrend Rss, MemoryTrend Heap,
    int HeapSamples, int MissedHeapSamples)
{
    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>();
        if (Turns == 0) failures.Add("no turn completed");
        if (FailedPosts > 0) failures.Add($"{FailedPosts} failed posts");
        if (LostTurns + LostActivities > 0) failures.Add($"lost: {LostTurns} turns without reply, {LostActivities} activities");
        if (Duplicated > 0) failures.Add($"{Duplicated} duplicated activities");
        if (Reordered > 0) failures.Add($"{Reordered} reordered activities");
        if (Rss.Growth > Options.MaxRssGrowthMb) failures.Add($"RSS grew {Rss.Growth:F1} MB after warm-up (bound {Options.MaxRssGrowthMb} MB)");
        if (Heap.Growth > Options.MaxHeapGrowthMb) failures.Add($"surviving managed heap grew {Heap.Growth:F1} MB after warm-up (bound {Options.MaxHeapGrowthMb} MB)");
        // A missed sample is tolerated; a verdict on memory needs most of them (else "flat" could mean "never read").
        if (HeapSamples > 0 && MissedHeapSamples * 2 > HeapSamples) failures.Add($"{MissedHeapSamples} of {HeapSamples} surviving-heap samples missed");
        return failures;
    }

    public override string ToString() =>
        $"soak {Options.Conversations} WebSocket conversations × {Seconds:F0} s measured (after {Options.WarmupSeconds} s warm-up), think {Options.ThinkMs} ms: " +
        $"{Turns} turns ({TurnsPerSecond:F1}/s), post→reply p50 {P50:F1} ms p99 {P99:F1} ms max {Max:F1} ms; posts {Posts} (failed {FailedPosts}); " +
        $"lost {LostTurns}+{LostActivities}, duplicated {Duplicated}, reordered {Reordered}\n  host RSS: {Rss}\n  surviving managed heap: {Heap}" +
        $" ({HeapSamples - MissedHeapSamples} of {HeapSamples} samples read)";
}
