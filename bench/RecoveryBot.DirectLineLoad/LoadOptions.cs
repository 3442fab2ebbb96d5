using System.Globalization;

namespace RecoveryBot.DirectLineLoad;

/// <summary>Command line: <c>--url http://127.0.0.1:3978 --secret S --conversations 200 --interval-ms 1000 --seconds 20 [--ramp 200,400,800]</c>.</summary>
public sealed record LoadOptions(Uri BaseUrl, string Secret, int Conversations, int IntervalMs, int Seconds, int WarmupSeconds, int[] Ramp)
{
    public static LoadOptions Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }
        string Get(string key, string fallback) => map.TryGetValue(key, out var v) ? v : fallback;
        int Int(string key, int fallback) => int.Parse(Get(key, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var url = new Uri(Get("url", "http://127.0.0.1:3978"));
        if (!url.IsLoopback)
        {
            throw new ArgumentException("This load tool only runs against a loopback host.");
        }
        var options = new LoadOptions(
            url,
            Get("secret", Environment.GetEnvironmentVariable("RB_DL_SECRET") ?? ""),
            Int("conversations", 200),
            Int("interval-ms", 1000),
            Math.Clamp(Int("seconds", 20), 1, 300),
            Math.Clamp(Int("warmup", 3), 0, 60),
            Get("ramp", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray());
        if (options.Secret.Length == 0)
        {
            throw new ArgumentException("--secret (a DirectLine:Secrets entry of the host) or RB_DL_SECRET is required.");
        }
        return options;
    }
}
