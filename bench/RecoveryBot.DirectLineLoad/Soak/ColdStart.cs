using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>
/// Cold start (issue #9: ≤ 2 s): from Process.Start of the Release host (fresh SQLite file, fresh data folder) to
/// the first bot reply to a Direct Line message. The client retries the token call until the port answers (every
/// 20 ms), starts a conversation, posts "hi" and polls the activities for the reply to it.
/// </summary>
public static class ColdStart
{
    public static async Task<TimeSpan> MeasureOnceAsync(string hostDll, string? dialogs, string secret, TextWriter log)
    {
        await using var host = HostLauncher.Start(hostDll, secret, dialogs);
        using var http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30), DefaultRequestVersion = HttpVersion.Version11 };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string token;
        while (true)
        {
            try
            {
                token = (await DirectLineCalls.GenerateTokenAsync(http, secret, $"dl_cold-{Guid.NewGuid():N}", deadline.Token)).Token;
                log.Write($"  first HTTP answer after {Stopwatch.GetElapsedTime(host.StartedAt).TotalMilliseconds:F0} ms; ");
                break;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(20, deadline.Token); // polling a starting process: there is no event to await
            }
        }
        var (conversationId, _) = await DirectLineCalls.StartConversationAsync(http, token, deadline.Token);
        var userId = "dl_cold-user";
        var status = await DirectLineCalls.PostAsync(http, token, conversationId, userId, "hi", "cold-1", deadline.Token);
        if (status is < 200 or >= 300) throw new InvalidOperationException($"post answered {status}");
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
            request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request, deadline.Token);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(deadline.Token));
            var activities = json.RootElement.GetProperty("activities").EnumerateArray().ToList();
            var echo = activities.FirstOrDefault(a => a.TryGetProperty("channelData", out var cd) && cd.TryGetProperty("clientActivityID", out var c) && c.GetString() == "cold-1");
            if (echo.ValueKind == JsonValueKind.Object && activities.Any(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == echo.GetProperty("id").GetString()
                && a.GetProperty("type").GetString() == "message"))
            {
                var elapsed = Stopwatch.GetElapsedTime(host.StartedAt);
                log.WriteLine($"host CPU time until the reply {CpuMs(host.ProcessId):F0} ms (user+system; wall time depends on the machine's load)");
                return elapsed;
            }
            await Task.Delay(5, deadline.Token);
        }
    }

    public static async Task<IReadOnlyList<TimeSpan>> MeasureAsync(string hostDll, string? dialogs, string secret, int runs, TextWriter log)
    {
        var results = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var elapsed = await MeasureOnceAsync(hostDll, dialogs, secret, log);
            log.WriteLine($"cold start run {i + 1}: {elapsed.TotalMilliseconds:F0} ms to the first reply");
            results.Add(elapsed);
        }
        return results;
    }

    /// <summary>utime + stime of the process from /proc/&lt;pid&gt;/stat (fields 14 and 15, clock ticks of 10 ms).</summary>
    private static double CpuMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
