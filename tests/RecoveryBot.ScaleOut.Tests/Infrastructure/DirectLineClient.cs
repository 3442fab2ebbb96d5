using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace RecoveryBot.ScaleOut.Tests.Infrastructure;

/// <summary>One received activity: its id, watermark (from the id), type, who it replies to, its content id, text and sender name.</summary>
public sealed record Received(string Id, long Watermark, string Type, string? ReplyToId, string? ContentId, string? ClientActivityId,
    string? Text = null, string? FromName = null);

/// <summary>
/// A Web Chat-like Direct Line client: a widget token, a WebSocket on one instance, posts to any instance.
/// Frames are ActivitySets (PROTOCOL §4.5); the watermark it keeps is the last set's.
/// </summary>
public sealed class DirectLineClient : IAsyncDisposable
{
    private readonly Channel<Received> _inbox = Channel.CreateUnbounded<Received>();
    private ClientWebSocket? _socket;
    private Task? _reader;
    private volatile bool _disposed;
    private int _reconnects;

    private DirectLineClient(string token, string conversationId)
    {
        Token = token;
        ConversationId = conversationId;
    }

    public string Token { get; private set; }
    public string ConversationId { get; }
    public long Watermark { get; private set; }
    public List<Received> All { get; } = [];

    /// <summary>Where the socket goes when it drops (a load balancer's choice); null = stay down.</summary>
    public Func<Uri>? Failover { get; set; }

    /// <summary>Raised on the socket's reader as each activity arrives (before <see cref="WaitForAsync"/> sees it).</summary>
    public event Action<Received>? Arrived;

    /// <summary>How many times the socket was re-opened after a drop.</summary>
    public int Reconnects => Volatile.Read(ref _reconnects);

    public static async Task<DirectLineClient> CreateAsync(Uri host)
    {
        using var http = new HttpClient { BaseAddress = host };
        using var response = await http.PostAsync("/api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new DirectLineClient(json.RootElement.GetProperty("token").GetString()!, json.RootElement.GetProperty("conversationId").GetString()!);
    }

    public async Task ConnectAsync(Uri host)
    {
        _socket?.Dispose();
        _socket = new ClientWebSocket();
        var ws = new UriBuilder(host) { Scheme = "ws", Path = $"/v3/directline/conversations/{ConversationId}/stream", Query = $"t={Uri.EscapeDataString(Token)}&watermark={Watermark}" };
        await _socket.ConnectAsync(ws.Uri, CancellationToken.None);
        var socket = _socket;
        _reader = Task.Run(() => ReadAsync(socket));
    }

    /// <summary>
    /// Direct Line 3.0 reconnect, as DirectLineJS does after a drop (PROTOCOL §4.6): <c>GET conversations/{id}?watermark=N</c>
    /// for a fresh token and streamUrl, then the socket on that streamUrl, which replays what came after N.
    /// </summary>
    public async Task ReconnectAsync(Uri host)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.GetAsync($"/v3/directline/conversations/{ConversationId}?watermark={Watermark}");
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Token = json.RootElement.GetProperty("token").GetString()!;
        var streamUrl = new Uri(json.RootElement.GetProperty("streamUrl").GetString()!);
        _socket?.Dispose();
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(streamUrl, CancellationToken.None);
        var socket = _socket;
        Interlocked.Increment(ref _reconnects);
        _reader = Task.Run(() => ReadAsync(socket));
    }

    /// <summary>
    /// Posts; when no HTTP answer came back (the instance died mid-request, or refuses connections), posts the very
    /// same activity — same clientActivityID — to wherever <paramref name="target"/> points now. An HTTP error
    /// status is an answer and is not retried. Returns the server id and how many re-posts it took.
    /// </summary>
    public async Task<(string Id, int Retries)> PostUntilAnsweredAsync(Func<Uri> target, string text, string clientActivityId, DateTime deadline,
        Action<Uri, HttpRequestException>? noAnswer = null)
    {
        for (var retries = 0; ; retries++)
        {
            var host = target();
            try
            {
                return (await PostAsync(host, text, clientActivityId), retries);
            }
            catch (HttpRequestException ex) when (ex.StatusCode is null && DateTime.UtcNow < deadline)
            {
                // No answer: whether the first attempt was stored is unknown, which is what the retry must cope with.
                noAnswer?.Invoke(host, ex);
            }
        }
    }

    public async Task<string> PostAsync(Uri host, string text, string clientActivityId)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "message", ["text"] = text, ["locale"] = "en-US", ["from"] = new Dictionary<string, string> { ["id"] = "x" },
            ["channelData"] = new Dictionary<string, string> { ["clientActivityID"] = clientActivityId },
        });
        using var response = await http.PostAsync($"/v3/directline/conversations/{ConversationId}/activities", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Reads until <paramref name="done"/> holds for everything received so far.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<Received>, bool> done, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!done(All))
        {
            try
            {
                All.Add(await _inbox.Reader.ReadAsync(cts.Token));
            }
            catch (ChannelClosedException ex)
            {
                throw new InvalidOperationException($"{ConversationId}: the socket could not be re-opened", ex.InnerException);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{ConversationId}: waited {timeout} but got [{string.Join(", ", All.Select(a => $"{a.Watermark}:{a.Type}:{a.ContentId ?? a.ClientActivityId}"))}]");
            }
        }
    }

    private async Task ReadAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close) return;
                if (frame.Length == 0) continue; // heartbeat
                Parse(frame.ToArray());
            }
        }
        catch (WebSocketException)
        {
            // The instance died: reconnect elsewhere with the watermark (below).
        }
        if (!_disposed && Failover is { } next)
            _ = Task.Run(() => ReconnectUntilOpenAsync(next));
    }

    private async Task ReconnectUntilOpenAsync(Func<Uri> next)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_disposed)
        {
            try
            {
                await ReconnectAsync(next());
                return;
            }
            catch (Exception ex) when ((ex is HttpRequestException or WebSocketException) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100); // back-off between attempts, not a wait for an outcome
            }
            catch (Exception ex)
            {
                _inbox.Writer.TryComplete(ex);
                return;
            }
        }
    }

    private void Parse(byte[] frame)
    {
        using var json = JsonDocument.Parse(frame);
        foreach (var received in ReadSet(json.RootElement))
        {
            Arrived?.Invoke(received);
            _inbox.Writer.TryWrite(received);
        }
        if (json.RootElement.TryGetProperty("watermark", out var w) && long.TryParse(w.GetString(), out var mark)) Watermark = Math.Max(Watermark, mark);
    }

    /// <summary>The whole log as polling clients read it (<c>GET activities?watermark=</c>, PROTOCOL §4.5): the truth to compare the socket with.</summary>
    public async Task<List<Received>> ReadLogAsync(Uri host)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var log = new List<Received>();
        var watermark = "0";
        while (true)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}"));
            var page = ReadSet(json.RootElement).ToList();
            var next = json.RootElement.GetProperty("watermark").GetString()!;
            log.AddRange(page);
            if (next == watermark) return log;
            watermark = next;
        }
    }

    private static IEnumerable<Received> ReadSet(JsonElement set)
    {
        foreach (var activity in set.GetProperty("activities").EnumerateArray())
        {
            var type = activity.GetProperty("type").GetString()!;
            if (type == "typing") continue;
            var id = activity.GetProperty("id").GetString()!;
            string? contentId = null;
            if (activity.TryGetProperty("entities", out var entities))
                foreach (var entity in entities.EnumerateArray())
                    if (entity.TryGetProperty("contentId", out var c)) contentId = c.GetString();
            string? cid = activity.TryGetProperty("channelData", out var cd) && cd.ValueKind == JsonValueKind.Object && cd.TryGetProperty("clientActivityID", out var x) ? x.GetString() : null;
            yield return new Received(id, long.Parse(id[(id.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture), type,
                activity.TryGetProperty("replyToId", out var r) ? r.GetString() : null, contentId, cid,
                activity.TryGetProperty("text", out var t) ? t.GetString() : null,
                activity.TryGetProperty("from", out var f) && f.TryGetProperty("name", out var n) ? n.GetString() : null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_socket is { State: WebSocketState.Open })
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }
        _socket?.Dispose();
        if (_reader is not null) await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
