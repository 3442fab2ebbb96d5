using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.Coordination;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Retention;
using RecoveryBot.Storage.Sqlite;

namespace RecoveryBot.Storage.Tests.DependencyInjection;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("rb-di-test-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(_contentRoot));
        if (time is not null) services.AddSingleton(time);
        services.AddRecoveryBotStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task NoSettings_SqliteUnderContentRootData_WithInMemoryCoordination()
    {
        await using var provider = Build([]);

        provider.GetRequiredService<IRecordStore>().ShouldBeOfType<SqliteRecordStore>();
        provider.GetRequiredService<IActivityLog>().ShouldBeOfType<SqliteActivityLog>();
        provider.GetRequiredService<IAuditLog>().ShouldBeOfType<SqliteAuditLog>();
        provider.GetRequiredService<IRetentionStore>().ShouldBeOfType<SqliteRetentionStore>();
        provider.GetRequiredService<IChangeFeed>().ShouldBeOfType<InMemoryChangeFeed>();
        provider.GetRequiredService<IConversationLock>().ShouldBeOfType<InMemoryConversationLock>();
        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
        await provider.GetRequiredService<IRecordStore>().WriteAsync("k", [1, 2, 3], null);
        File.Exists(Path.Combine(_contentRoot, "data", "recoverybot.db")).ShouldBeTrue();
    }

    [Fact]
    public void UnknownProvider_FailsAtRegistrationWithTheSettingName()
    {
        var error = Should.Throw<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "Mongo" }));

        error.Message.ShouldContain("Storage:Provider");
    }

    [Fact]
    public void PostgresWithoutConnectionString_FailsAtRegistration()
    {
        Should.Throw<InvalidOperationException>(() => Build(new() { ["Storage:Provider"] = "Postgres" }))
            .Message.ShouldContain("Storage:ConnectionString");
    }

    [Fact]
    public async Task PostgresUnreachableAtStart_StartupDoesNotThrowAndPingReportsFalse()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now
        await using var provider = Build(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=nobody;Timeout=2",
        });

        foreach (var hosted in provider.GetServices<IHostedService>().Where(h => h is not RetentionService))
            await hosted.StartAsync(CancellationToken.None);

        provider.GetRequiredService<IRecordStore>().ShouldBeOfType<PostgresRecordStore>();
        (await provider.GetRequiredService<IRecordStore>().PingAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task RetentionService_PurgeOnce_UsesConfiguredDaysAndTheClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var provider = Build(new() { ["Storage:Retention:Days"] = "7" }, time);
        var records = provider.GetRequiredService<IRecordStore>();
        await records.WriteAsync("conv/old", [1], null);
        await records.WriteAsync("durable/key", [1], null);
        time.Advance(TimeSpan.FromDays(8));
        await records.WriteAsync("conv/new", [2], null);

        var result = await provider.GetRequiredService<RetentionService>().PurgeOnceAsync(CancellationToken.None);

        result.Records.ShouldBe(1);
        (await records.ReadAsync("conv/old")).ShouldBeNull();
        (await records.ReadAsync("conv/new")).ShouldNotBeNull();
        (await records.ReadAsync("durable/key")).ShouldNotBeNull();
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "RecoveryBot.Storage.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
