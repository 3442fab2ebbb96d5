using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace RecoveryBot.ScaleOut.Tests.Infrastructure;

/// <summary>One received activity: its id, watermark (from the id), type, who it replies to and its content id.</summary>
public sealed record Received(string Id, long Watermark, string Type, string? ReplyToId, string? ContentId, string? ClientActivityId);

/// <summary>
/// A Web Chat-like Direct Line client: a widget token, a WebSocket on one instance, posts to any instance.
/// Frames are ActivitySets (PROTOCOL §4.5); the watermark it keeps is the last set's.
/// </summary>
public sealed class DirectLineClient : IAsyncDisposable
{
    private readonly Channel<Received> _inbox = Channel.CreateUnbounded<Received>();
    private ClientWebSocket? _socket;
    private Task? _reader;

    private DirectLineClient(string token, string conversationId)
    {
        Token = token;
        ConversationId = conversationId;
    }

    public string Token { get; }
    public string ConversationId { get; }
    public long Watermark { get; private set; }
    public List<Received> All { get; } = [];

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
            // The instance died: the test reconnects elsewhere with the watermark.
        }
    }

    private void Parse(byte[] frame)
    {
        using var json = JsonDocument.Parse(frame);
        foreach (var activity in json.RootElement.GetProperty("activities").EnumerateArray())
        {
            var type = activity.GetProperty("type").GetString()!;
            if (type == "typing") continue;
            var id = activity.GetProperty("id").GetString()!;
            string? contentId = null;
            if (activity.TryGetProperty("entities", out var entities))
                foreach (var entity in entities.EnumerateArray())
                    if (entity.TryGetProperty("contentId", out var c)) contentId = c.GetString();
            string? cid = activity.TryGetProperty("channelData", out var cd) && cd.ValueKind == JsonValueKind.Object && cd.TryGetProperty("clientActivityID", out var x) ? x.GetString() : null;
            _inbox.Writer.TryWrite(new Received(id, long.Parse(id[(id.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture), type,
                activity.TryGetProperty("replyToId", out var r) ? r.GetString() : null, contentId, cid));
        }
        if (json.RootElement.TryGetProperty("watermark", out var w) && long.TryParse(w.GetString(), out var mark)) Watermark = Math.Max(Watermark, mark);
    }

    public async ValueTask DisposeAsync()
    {
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
