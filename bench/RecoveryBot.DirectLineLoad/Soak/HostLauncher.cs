using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>
/// Starts the Release host as its own process (<c>dotnet RecoveryBot.Host.dll</c>) on a free loopback port with a
/// fresh SQLite file in a temp folder and a Direct Line secret; kills it (by its own pid) and removes the folder on
/// dispose. <see cref="StartedAt"/> is taken just before Process.Start, for the cold-start measurement.
/// </summary>
public sealed class HostLauncher : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private HostLauncher(Process process, string dir, Uri baseUrl, long startedAt)
    {
        _process = process;
        _dir = dir;
        BaseUrl = baseUrl;
        StartedAt = startedAt;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }
    public long StartedAt { get; }
    public int ProcessId => _process.Id;

    public static HostLauncher Start(string hostDll, string secret, string? dialogs)
    {
        var dir = Directory.CreateTempSubdirectory("rb-soak-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.GetFullPath(hostDll), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(Path.GetFullPath(hostDll))! })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(dir, "rb.db")}";
        start.Environment["DirectLine__DataFolder"] = Path.Combine(dir, "data");
        start.Environment["DirectLine__Secrets__0"] = secret;
        start.Environment["DirectLine__PostsPerSecond"] = "50";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (dialogs is not null) start.Environment["Dialogs__Directory"] = Path.GetFullPath(dialogs);
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new HostLauncher(process, dir, new Uri($"http://127.0.0.1:{port}/"), startedAt);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* WAL still held for a moment */ }
    }
}
