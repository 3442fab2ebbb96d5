using System.Diagnostics;
using System.Net.WebSockets;

namespace RecoveryBot.DirectLineLoad;

/// <summary>
/// The Direct Line stream as both load modes read it: whole frames (a message may span several receives) stamped
/// with the time the last part arrived, and a best-effort close at the end of a run that never holds the run up.
/// </summary>
public static class StreamSocket
{
    /// <summary>Reads until the server closes, the socket fails or <paramref name="ct"/> ends the run.</summary>
    public static async Task ReadFramesAsync(ClientWebSocket socket, Action<byte[], long> onFrame, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open && !ct.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                if (message.Length > 0) onFrame(message.ToArray(), Stopwatch.GetTimestamp());
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Closed at the end of the run; an early close shows up in the caller's counts (lost turns).
        }
    }

    /// <summary>Closes politely, waits briefly for the reader, and disposes: the run is over either way.</summary>
    public static async Task CloseAsync(ClientWebSocket socket, Task reader)
    {
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException)
        {
            // Best effort at the end of the run.
        }
        await reader.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default);
        socket.Dispose();
    }
}
