using System.Net.WebSockets;
using System.Threading.Channels;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;

namespace RecoveryBot.DirectLine.Streaming;

/// <summary>
/// One client's WebSocket (PROTOCOL §4.5): replays the log after the client's watermark, then pushes each new
/// ActivitySet as one text frame, typing as it happens, and an empty frame every heartbeat interval. Client
/// frames are read and ignored (DirectLineJS sends "" every 20 s).
/// </summary>
public sealed class StreamSession(WebSocket socket, string conversationId, long watermark, ConversationLog log, TimeProvider clock, TimeSpan heartbeat)
{
    public const string CollisionReason = "collision";
    private static readonly ConversationSignal Heartbeat = new("", 0);
    private readonly Channel<ConversationSignal> _wake = Channel.CreateBounded<ConversationSignal>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly CancellationTokenSource _stop = new();
    private long _latestKnown = watermark;
    private long _sent = watermark; // only the send loop touches it
    private volatile bool _collided;

    /// <summary>Called by the feed; must not block.</summary>
    public void OnSignal(ConversationSignal signal)
    {
        InterlockedMax(ref _latestKnown, signal.Watermark);
        _wake.Writer.TryWrite(signal);
    }

    public void Collide()
    {
        _collided = true;
        _stop.Cancel();
    }

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stop.Token);
        var ct = linked.Token;
        using var timer = clock.CreateTimer(_ => _wake.Writer.TryWrite(Heartbeat), null, heartbeat, heartbeat);
        // Reading is tied to the request only: cancelling a receive would abort the socket before our close frame.
        var reading = DrainClientAsync(requestAborted);
        try
        {
            await SendLogAsync(ct); // replay before live traffic
            while (!ct.IsCancellationRequested)
            {
                var item = await _wake.Reader.ReadAsync(ct);
                if (ReferenceEquals(item, Heartbeat))
                {
                    // A signal can be lost for good when the instance that stored an activity died before publishing
                    // it (issue 7, kill -9): each heartbeat also catches up with the log, so nothing stays unsent
                    // for longer than one interval.
                    await SendLogAsync(ct);
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, ct);
                }
                else if (item.Ephemeral is null)
                    await SendLogAsync(ct, upTo: item.Watermark);
                else if (item.Watermark == ConversationSignal.Now)
                {
                    // Proactive typing (a responder typing) has no place in the log: it belongs after whatever is there.
                    await SendLogAsync(ct);
                    await SendAsync(ConversationLog.ToActivitySet(conversationId, [], _sent, item.Ephemeral), ct);
                }
                else
                {
                    // Typing belongs right after what was stored before it; once later activities went out it is stale.
                    await SendLogAsync(ct, upTo: item.Watermark);
                    if (_sent == item.Watermark)
                        await SendAsync(ConversationLog.ToActivitySet(conversationId, [], _sent, item.Ephemeral), ct);
                }
                // Signals can be dropped when the queue is full: catch up once it is drained.
                if (_wake.Reader.Count == 0 && Interlocked.Read(ref _latestKnown) > _sent)
                    await SendLogAsync(ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ChannelClosedException)
        {
            // Client went away, or a newer socket took over.
        }
        await CloseAsync();
        try
        {
            await reading.WaitAsync(TimeSpan.FromSeconds(5), clock, requestAborted);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // The client never answered our close frame; returning aborts the connection.
        }
    }

    private async Task SendLogAsync(CancellationToken ct, long upTo = long.MaxValue)
    {
        while (_sent < upTo)
        {
            var read = await log.ReadAfterAsync(conversationId, _sent, ct);
            var page = read.Count > 0 && read[^1].Watermark > upTo ? [.. read.Where(e => e.Watermark <= upTo)] : read;
            if (page.Count == 0)
                return;
            var last = page[^1].Watermark;
            await SendAsync(ConversationLog.ToActivitySet(conversationId, page, last), ct);
            _sent = last;
            InterlockedMax(ref _latestKnown, last);
            if (read.Count < ConversationLog.PageSize)
                return;
        }
    }

    private Task SendAsync(byte[] frame, CancellationToken ct) =>
        socket.SendAsync(frame, WebSocketMessageType.Text, true, ct);

    private async Task DrainClientAsync(CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }
        _stop.Cancel();
    }

    private async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var reason = _collided ? CollisionReason : "closing";
                await socket.CloseOutputAsync(_collided ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
                return;
            current = seen;
        }
    }
}
