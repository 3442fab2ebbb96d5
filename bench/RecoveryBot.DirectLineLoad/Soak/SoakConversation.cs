using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>
/// One Web Chat-like person for the soak: a Direct Line conversation read over its WebSocket (streamUrl), running
/// the 5-turn check-in flow again and again. Every activity on the socket is checked: activity ids carry the
/// log's sequence (<c>conv|0000007</c>), so a gap is a lost activity, a repeat a duplicate, a step back a reorder;
/// the frame watermark never goes back; each post is echoed exactly once and answered by a reply whose replyToId
/// is that echo, after it. A turn with no reply within <see cref="TurnTimeout"/> counts as lost.
/// </summary>
public sealed class SoakConversation(HttpClient http, string secret, int index, SoakTally tally) : IAsyncDisposable
{
    public static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] Flow = ["hi", "mental health", "fine", "Several days", "menu"];

    private readonly ClientWebSocket _socket = new();
    private readonly Channel<(string ReplyTo, long At)> _replies = Channel.CreateUnbounded<(string, long)>();
    private readonly HashSet<string> _echoed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _echoIdByClientId = new(StringComparer.Ordinal);
    private readonly string _userId = $"dl_soak-{index}-{Guid.NewGuid():N}";
    private string _token = "", _conversationId = "";
    private long _lastSeq = -1, _lastWatermark = -1;
    private Task _receive = Task.CompletedTask;

    public async Task ConnectAsync(CancellationToken ct)
    {
        _token = (await DirectLineCalls.GenerateTokenAsync(http, secret, _userId, ct)).Token;
        var (conversationId, streamUrl) = await DirectLineCalls.StartConversationAsync(http, _token, ct);
        _conversationId = conversationId;
        await _socket.ConnectAsync(new Uri(streamUrl), ct);
        _receive = StreamSocket.ReadFramesAsync(_socket, Check, ct);
    }

    public async Task RunAsync(DateTime until, int thinkMs, CancellationToken ct)
    {
        await Task.Delay(Random.Shared.Next(thinkMs), ct); // spread the people over the think time: steady load
        for (var n = 0; DateTime.UtcNow < until && !ct.IsCancellationRequested; n++)
        {
            var clientId = $"{index}-{n}";
            var t0 = Stopwatch.GetTimestamp();
            var status = await DirectLineCalls.PostAsync(http, _token, _conversationId, _userId, Flow[n % Flow.Length], clientId, ct);
            tally.Post(status);
            if (status is < 200 or >= 300)
            {
                continue;
            }
            if (await WaitForReplyAsync(clientId, ct) is { } at)
            {
                tally.Turn(Stopwatch.GetElapsedTime(t0, at));
            }
            else
            {
                tally.Lost(); // no reply to this post within the timeout
            }
            await Task.Delay(thinkMs, ct);
        }
    }

    private async Task<long?> WaitForReplyAsync(string clientId, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TurnTimeout);
        try
        {
            while (true)
            {
                var (replyTo, at) = await _replies.Reader.ReadAsync(timeout.Token);
                lock (_echoed)
                {
                    if (_echoIdByClientId.TryGetValue(clientId, out var echoId) && echoId == replyTo) return at;
                }
                // A further reply to an earlier post (a turn may send several messages): fine, keep waiting.
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private void Check(byte[] frame, long now)
    {
        using var json = JsonDocument.Parse(frame);
        var root = json.RootElement;
        if (root.TryGetProperty("watermark", out var wm) && long.TryParse(wm.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark))
        {
            if (watermark < _lastWatermark) tally.Reordered();
            _lastWatermark = watermark;
        }
        if (!root.TryGetProperty("activities", out var activities)) return;
        foreach (var activity in activities.EnumerateArray())
        {
            var id = activity.TryGetProperty("id", out var i) ? i.GetString() : null;
            var type = activity.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (id is null || type == "typing") continue; // typing is socket-only, never in the log (PROTOCOL §4.5)
            var seq = long.Parse(id.AsSpan(id.LastIndexOf('|') + 1), CultureInfo.InvariantCulture);
            if (seq == _lastSeq || (seq < _lastSeq && _echoed.Contains(id))) { tally.Duplicated(); continue; }
            if (seq < _lastSeq) { tally.Reordered(); continue; }
            if (_lastSeq >= 0 && seq > _lastSeq + 1) tally.LostActivities(seq - _lastSeq - 1); // the log starts where it starts
            _lastSeq = seq;
            var from = activity.TryGetProperty("from", out var f) && f.TryGetProperty("id", out var fid) ? fid.GetString() : null;
            lock (_echoed)
            {
                _echoed.Add(id);
                if (from == _userId)
                {
                    if (activity.TryGetProperty("channelData", out var cd) && cd.TryGetProperty("clientActivityID", out var cid))
                        _echoIdByClientId[cid.GetString()!] = id;
                }
                else if (type == "message" && activity.TryGetProperty("replyToId", out var r) && r.GetString() is { } replyTo)
                {
                    if (!_echoed.Contains(replyTo)) tally.Reordered(); // a reply before the post it answers
                    _replies.Writer.TryWrite((replyTo, now));
                }
            }
        }
    }

    public async ValueTask DisposeAsync() => await StreamSocket.CloseAsync(_socket, _receive);
}
