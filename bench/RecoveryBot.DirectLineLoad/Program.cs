using System.Net;
using RecoveryBot.DirectLineLoad;

// Direct Line round-trip load (issue #5 Benchmark): N WebSocket conversations each posting one message per
// interval against a loopback host; bounded (--seconds ≤ 300) and stops by itself. See bench/README.md.
if (args.Length > 0 && args[0] is "soak" or "cold-start")
{
    return await RecoveryBot.DirectLineLoad.Soak.SoakCli.RunAsync(args, Console.Out); // issue #9: soak and cold start
}
var options = LoadOptions.Parse(args);
var steps = options.Ramp.Length > 0 ? options.Ramp : [options.Conversations];
Summary? best = null;
foreach (var conversations in steps)
{
    var summary = await RunStepAsync(options, conversations);
    var rate = conversations * 1000.0 / options.IntervalMs;
    Console.WriteLine($"{conversations} conversations, offered {rate:F0} msg/s: {summary}");
    if (summary.RoundTripP99 <= 100 && summary.FailedPosts == 0)
    {
        best = summary;
    }
    else if (options.Ramp.Length > 0)
    {
        break; // past the knee: higher steps only pile up
    }
}
if (options.Ramp.Length > 0)
{
    Console.WriteLine(best is null ? "No step met p99 ≤ 100 ms." : $"Highest step with p99 ≤ 100 ms: {best.RepliesPerSecond:F1} replies/s");
}
return 0;

static async Task<Summary> RunStepAsync(LoadOptions options, int conversations)
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = options.BaseUrl,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestVersion = HttpVersion.Version11,
    };
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + options.WarmupSeconds + 120));
    var recorder = new Recorder();
    var clients = Enumerable.Range(0, conversations).Select(i => new Conversation(http, options, i, recorder)).ToList();
    using (var gate = new SemaphoreSlim(32))
    {
        await Task.WhenAll(clients.Select(async c =>
        {
            await gate.WaitAsync(stop.Token);
            try { await c.ConnectAsync(stop.Token); } finally { gate.Release(); }
        }));
    }

    var until = DateTime.UtcNow.AddSeconds(options.WarmupSeconds + options.Seconds);
    var running = clients.Select(c => c.RunAsync(until, stop.Token)).ToList();
    await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds), stop.Token);
    recorder.Measuring = true;
    var measuredFrom = DateTime.UtcNow;
    await Task.WhenAll(running);
    await Task.Delay(TimeSpan.FromMilliseconds(500)); // let the last replies arrive on the sockets
    recorder.Measuring = false;
    var seconds = (DateTime.UtcNow - measuredFrom).TotalSeconds;
    foreach (var c in clients)
    {
        await c.DisposeAsync();
    }
    return recorder.Summarise(seconds);
}
