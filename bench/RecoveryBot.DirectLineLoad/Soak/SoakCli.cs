using System.Globalization;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>
/// <c>soak [--host-dll path | --url http://127.0.0.1:3978 --secret S [--host-pid N]] [--conversations 500]
/// [--seconds 60] [--warmup 15] [--think-ms 1000] [--max-rss-growth-mb 128] [--max-heap-growth-mb 32] [--dialogs dir]</c>
/// and <c>cold-start --host-dll path [--runs 5] [--dialogs dir] [--max-ms 2000]</c>. Exit code 0 = pass, 1 = fail.
/// RB_SOAK_MINUTES overrides --seconds (the full soak: RB_SOAK_MINUTES=10).
/// </summary>
public static class SoakCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter log)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2) map[args[i].TrimStart('-')] = args[i + 1];
        string? Get(string key) => map.TryGetValue(key, out var v) ? v : null;
        int Int(string key, int fallback) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var hostDll = Get("host-dll");
        var dialogs = Get("dialogs");
        var secret = Get("secret") ?? Environment.GetEnvironmentVariable("RB_DL_SECRET") ?? "soak-secret-0123456789abcdef";

        if (args[0] == "cold-start")
        {
            ArgumentNullException.ThrowIfNull(hostDll, "--host-dll");
            var runs = await ColdStart.MeasureAsync(hostDll, dialogs, secret, Int("runs", 5), log);
            var sorted = runs.Order().ToArray();
            var median = sorted[sorted.Length / 2];
            log.WriteLine($"cold start to first reply over {sorted.Length} runs: median {median.TotalMilliseconds:F0} ms, max {sorted[^1].TotalMilliseconds:F0} ms");
            return median.TotalMilliseconds <= Int("max-ms", 2000) ? 0 : 1;
        }

        var minutes = Environment.GetEnvironmentVariable("RB_SOAK_MINUTES");
        var options = new SoakOptions(
            Int("conversations", 500),
            minutes is { Length: > 0 } ? (int)(double.Parse(minutes, CultureInfo.InvariantCulture) * 60) : Int("seconds", 60),
            Int("warmup", 15),
            Int("think-ms", 1000),
            secret,
            Int("max-rss-growth-mb", 128),
            Int("max-heap-growth-mb", 32));
        HostLauncher? host = hostDll is null ? null : HostLauncher.Start(hostDll, secret, dialogs);
        try
        {
            var url = host?.BaseUrl ?? new Uri(Get("url") ?? "http://127.0.0.1:3978/");
            if (!url.IsLoopback) throw new ArgumentException("This load tool only runs against a loopback host.");
            if (host is not null) await WaitReadyAsync(url);
            var pid = host?.ProcessId ?? (Get("host-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : null);
            var result = await SoakRunner.RunAsync(options, url, pid, log);
            log.WriteLine(result);
            var failures = result.Failures();
            foreach (var failure in failures) log.WriteLine($"FAIL: {failure}");
            log.WriteLine(failures.Count == 0 ? "SOAK PASSED" : "SOAK FAILED");
            return failures.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (host is not null) await host.DisposeAsync();
        }
    }

    private static async Task WaitReadyAsync(Uri url)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            try
            {
                if ((await http.GetAsync("readyz")).IsSuccessStatusCode) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
        }
        throw new TimeoutException("the host did not become ready within 60 s");
    }
}
