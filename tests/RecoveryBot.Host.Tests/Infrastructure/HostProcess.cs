using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>
/// The real host as its own process (the RecoveryBot.Host.dll built next to the tests) on a free loopback port,
/// with real Kestrel and its limits: for tests that kill it, talk raw TCP to it, or need a real socket. It is
/// stopped (killed by its own pid) on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }
    public Uri BaseAddress { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool HasExited => _process.HasExited;

    public static async Task<HostProcess> StartAsync(string dataDir, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "RecoveryBot.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", AppContext.BaseDirectory })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(dataDir, "rb.db")}";
        start.Environment["Dialogs__Directory"] = RepoPaths.Dialogs;
        start.Environment["DirectLine__DataFolder"] = Path.Combine(dataDir, "data");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var host = new HostProcess(Process.Start(start)!, port);
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>kill -9: no shutdown hooks, no flush.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit(10_000);
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"host exited ({_process.ExitCode}):\n{Output}");
            }
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            if (deadline.Elapsed > timeout)
            {
                KillHard();
                throw new TimeoutException($"host did not start:\n{Output}");
            }
            await Task.Delay(100); // polling a starting process: there is no event to await
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        KillHard();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
