using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests;

/// <summary>One real host process (real Kestrel, the limits of Composition/KestrelLimits) shared by the raw-TCP tests.</summary>
public sealed class RealHostFixture : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rb-kestrel-").FullName;
    public HostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await HostProcess.StartAsync(_dataDir);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { /* best effort */ }
    }
}

/// <summary>
/// Issue #9 §4: oversized headers are refused with 431 and a slow-loris client (headers trickling in) is cut off
/// within Kestrel's RequestHeadersTimeout (15 s), against the real server over raw TCP.
/// </summary>
public sealed class KestrelLimitTests(RealHostFixture fixture) : IClassFixture<RealHostFixture>
{
    [Fact]
    public async Task HeadersOver32KB_Answered431()
    {
        var request = $"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: {new string('a', 40 * 1024)}\r\n\r\n";
        (await SendRawAsync(request)).ShouldStartWith("HTTP/1.1 431");
    }

    [Fact]
    public async Task MoreThan64Headers_Answered431()
    {
        var headers = string.Concat(Enumerable.Range(0, 80).Select(i => $"X-H{i}: v\r\n"));
        (await SendRawAsync($"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n")).ShouldStartWith("HTTP/1.1 431");
    }

    [Fact]
    public async Task RequestLineOver8KB_Refused()
    {
        var answer = await SendRawAsync($"GET /healthz?q={new string('a', 9 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        answer.ShouldStartWith("HTTP/1.1 414");
    }

    [Fact]
    public async Task NormalRequest_Answered200_ControlForTheRawClient()
    {
        (await SendRawAsync("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")).ShouldStartWith("HTTP/1.1 200");
    }

    [Fact]
    public async Task SlowLorisHeaders_ConnectionClosedWithinHeadersTimeout()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", fixture.Host.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        var clock = Stopwatch.StartNew();
        var closedBy = TimeSpan.FromSeconds(25);

        // The attacker's pacing: one header byte a second, never finishing the header block.
        var read = ReadUntilClosedAsync(stream);
        while (!read.IsCompleted && clock.Elapsed < closedBy)
        {
            try
            {
                await stream.WriteAsync("X"u8.ToArray());
            }
            catch (IOException)
            {
                break; // the server closed the connection
            }
            await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(1)));
        }

        var answer = await read.WaitAsync(TimeSpan.FromSeconds(5));
        clock.Elapsed.ShouldBeLessThan(closedBy);
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(10), "cut by the headers timeout, not by something else");
        (answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal)).ShouldBeTrue($"answer was: {answer}");
    }

    private async Task<string> SendRawAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", fixture.Host.Port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        }
        catch (IOException)
        {
            // Kestrel may answer and close before reading everything we send.
        }
        return await ReadUntilClosedAsync(stream, stopAfterHeaders: true).WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream, bool stopAfterHeaders = false)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, n));
                if (stopAfterHeaders && text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Reset by the server: closed.
        }
        return text.ToString();
    }
}
