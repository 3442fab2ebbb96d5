using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecoveryBot.Storage.Coordination;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Storage.Tests.DependencyInjection;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistrationTests(PostgresServer server) : IAsyncLifetime
{
    private readonly string _schema = PostgresServer.UniqueSchema();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => server.DropSchemaAsync(_schema);

    [Fact]
    public async Task ProviderPostgres_RegistersPostgresImplementationsThatWork()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddRecoveryBotStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = server.ConnectionString,
            ["Storage:Schema"] = _schema,
        }).Build());
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>().Where(h => h is StorageStartupService))
            await hosted.StartAsync(CancellationToken.None);

        provider.GetRequiredService<IChangeFeed>().ShouldBeOfType<PostgresChangeFeed>();
        provider.GetRequiredService<IConversationLock>().ShouldBeOfType<PostgresConversationLock>();
        var records = provider.GetRequiredService<IRecordStore>().ShouldBeOfType<PostgresRecordStore>();
        var etag = await records.WriteAsync("k", [42], null);
        (await records.ReadAsync("k"))!.ETag.ShouldBe(etag);
    }
}
