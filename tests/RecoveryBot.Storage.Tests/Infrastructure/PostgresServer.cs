using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RecoveryBot.Storage.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL the tests use: RECOVERYBOT_PG when set (tests/run-all.sh exports it); otherwise, on a developer
/// machine, a throwaway cluster in a temp directory on a free loopback port (initdb refuses root, so it runs as the
/// postgres user; TOOLCHAIN.md). With CI=true and no RECOVERYBOT_PG the tests fail rather than skip.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _root, _bin;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("RECOVERYBOT_PG");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException("CI=true but RECOVERYBOT_PG is not set: the PostgreSQL contract tests must run in CI.");
        await StartOwnClusterAsync();
    }

    /// <summary>A schema name no other test uses (tables of one test never meet another's).</summary>
    public static string UniqueSchema() => "t_" + Guid.NewGuid().ToString("N")[..20];

    public async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task StartOwnClusterAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql; install postgresql or set RECOVERYBOT_PG.");
        _root = Directory.CreateTempSubdirectory("rb-pg-test-").FullName;
        await RunAsync("chown", "postgres:postgres", _root);
        await RunAsPostgresAsync("initdb", "-D", Path.Combine(_root, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        var port = FreePort();
        await RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_root, "data"), "-l", Path.Combine(_root, "server.log"), "-w", "-t", "30",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {_root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsPostgresAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin!, tool), .. args])
            : RunAsync(Path.Combine(_bin!, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }

    public async Task DisposeAsync()
    {
        if (_root is null) return;
        try
        {
            await RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "stop");
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
