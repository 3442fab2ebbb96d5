using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>
/// The real host, composed as in production, with a fresh SQLite file per factory and the repo's content.
/// Tests swap single services through <see cref="WithServices"/>.
/// </summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rb-host-tests-").FullName;
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];

    public HostFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public HostFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(_dataDir, "rb.db")}");
        builder.UseSetting("Dialogs:Directory", RepoPaths.Dialogs);
        // Also as host settings: Program reads some sections (Storage) before the app configuration callbacks run.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services =>
        {
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
