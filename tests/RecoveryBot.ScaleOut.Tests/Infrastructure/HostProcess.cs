using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RecoveryBot.ScaleOut.Tests.Infrastructure;

/// <summary>
/// One RecoveryBot host as its own process (the built Release dll), on a free loopback port, with PostgreSQL
/// storage in the given schema. Killed with SIGKILL on demand (no graceful shutdown), stopped by its own pid.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "RecoveryBot.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }

    public static string HostDll()
    {
        var dll = Path.Combine(RepositoryRoot(), "src/RecoveryBot.Host/bin/Release/net10.0/RecoveryBot.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the host in Release first (tests/run-all.sh does): {dll}");
    }

    public static async Task<HostProcess> StartAsync(string connectionString, string schema, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = HostDll();
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(dll)! }) info.ArgumentList.Add(arg);
        info.Environment["Storage__Provider"] = "Postgres";
        info.Environment["Storage__ConnectionString"] = connectionString;
        info.Environment["Storage__Schema"] = schema;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DirectLine__PostsPerSecond"] = "100";
        info.Environment["DirectLine__PostBurst"] = "100";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = Process.Start(info)!;
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => { lock (host._output) host._output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (host._output) host._output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = host.BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"Host exited ({process.ExitCode}):\n{host.Output}");
            try
            {
                if ((await http.GetAsync("/readyz")).IsSuccessStatusCode) return host;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                await host.DisposeAsync();
                throw new TimeoutException($"Host did not become ready:\n{host.Output}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>kill -9: no shutdown hooks, sockets reset, in-memory queues gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
