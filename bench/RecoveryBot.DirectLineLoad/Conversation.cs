using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace RecoveryBot.DirectLineLoad;

/// <summary>
/// One Web Chat-like client: a token from tokens/generate, a conversation, the WebSocket stream, and a post every
/// interval. Round trip = from just before the POST to the first bot message on the socket after our echo.
/// </summary>
public sealed class Conversation(HttpClient http, LoadOptions options, int index, Recorder recorder) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Queue<long> _awaiting = new();
    private readonly Dictionary<string, long> _sent = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string _token = "";
    private string _conversationId = "";
    private readonly string _userId = $"dl_load-{index}-{Guid.NewGuid():N}";
    private Task _receive = Task.CompletedTask;

    public async Task ConnectAsync(CancellationToken ct)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = _userId } }),
        };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Secret);
        using var generated = await http.SendAsync(generate, ct);
        generated.EnsureSuccessStatusCode();
        using var tokenJson = JsonDocument.Parse(await generated.Content.ReadAsStringAsync(ct));
        _token = tokenJson.RootElement.GetProperty("token").GetString()!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var started = await http.SendAsync(start, ct);
        started.EnsureSuccessStatusCode();
        using var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync(ct));
        _conversationId = conversation.RootElement.GetProperty("conversationId").GetString()!;
        var streamUrl = conversation.RootElement.GetProperty("streamUrl").GetString()!;
        await _socket.ConnectAsync(new Uri(streamUrl), ct);
        _receive = StreamSocket.ReadFramesAsync(_socket, Handle, ct);
    }

    public async Task RunAsync(DateTime until, CancellationToken ct)
    {
        // Spread the conversations over the interval so the load is steady, not a thundering herd each second.
        await Task.Delay(Random.Shared.Next(options.IntervalMs), ct);
        string[] texts = ["hi", "mental health", "fine", "Several days", "menu"];
        var next = Stopwatch.GetTimestamp();
        for (var n = 0; DateTime.UtcNow < until && !ct.IsCancellationRequested; n++)
        {
            var clientId = $"{index}-{n}";
            var t0 = Stopwatch.GetTimestamp();
            lock (_gate) _sent[clientId] = t0;
            using var post = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{_conversationId}/activities")
            {
                Content = new StringContent(
                    $$$"""{"type":"message","from":{"id":"{{{_userId}}}"},"text":"{{{texts[n % texts.Length]}}}","locale":"en-US","channelData":{"clientActivityID":"{{{clientId}}}"}}""",
                    Encoding.UTF8, "application/json"),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            try
            {
                using var response = await http.SendAsync(post, ct);
                recorder.Post(Stopwatch.GetElapsedTime(t0), (int)response.StatusCode);
            }
            catch (HttpRequestException)
            {
                recorder.Post(Stopwatch.GetElapsedTime(t0), 0);
            }
            next += (long)(options.IntervalMs / 1000.0 * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
        }
    }

    private void Handle(byte[] frame, long now)
    {
        using var json = JsonDocument.Parse(frame);
        if (!json.RootElement.TryGetProperty("activities", out var activities))
        {
            return;
        }
        foreach (var activity in activities.EnumerateArray())
        {
            var from = activity.TryGetProperty("from", out var f) && f.TryGetProperty("id", out var id) ? id.GetString() : null;
            var type = activity.TryGetProperty("type", out var t) ? t.GetString() : null;
            lock (_gate)
            {
                if (from == _userId)
                {
                    if (activity.TryGetProperty("channelData", out var cd) && cd.TryGetProperty("clientActivityID", out var cid)
                        && _sent.Remove(cid.GetString()!, out var t0))
                    {
                        _awaiting.Enqueue(t0);
                    }
                }
                else if (type == "message" && _awaiting.TryDequeue(out var sentAt))
                {
                    recorder.RoundTrip(Stopwatch.GetElapsedTime(sentAt, now));
                }
            }
        }
    }

    public async ValueTask DisposeAsync() => await StreamSocket.CloseAsync(_socket, _receive);
}
