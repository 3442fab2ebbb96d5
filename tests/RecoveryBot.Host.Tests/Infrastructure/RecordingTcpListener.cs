using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>
/// A bare TCP listener that records whatever arrives (a forged serviceUrl's host in the SSRF test). It answers
/// nothing: any connection at all is the failure being looked for.
/// </summary>
public sealed class RecordingTcpListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly Task _loop;
    private int _connections;

    public RecordingTcpListener(IPAddress address)
    {
        _listener = new TcpListener(address, 0);
        _listener.Start();
        var endpoint = (IPEndPoint)_listener.LocalEndpoint;
        BaseAddress = new Uri($"http://{endpoint.Address}:{endpoint.Port}/");
        _loop = AcceptAsync();
    }

    public Uri BaseAddress { get; }
    public int Connections => Volatile.Read(ref _connections);
    public string Received => string.Concat(_received);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    var buffer = new byte[8192];
                    var stream = client.GetStream();
                    int read;
                    try
                    {
                        while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
                        {
                            _received.Enqueue(Encoding.Latin1.GetString(buffer, 0, read));
                        }
                    }
                    catch (Exception ex) when (ex is IOException or OperationCanceledException)
                    {
                        // Closed or shutting down.
                    }
                }
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
