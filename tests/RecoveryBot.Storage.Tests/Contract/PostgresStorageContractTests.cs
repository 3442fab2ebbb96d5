using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Storage.Tests.Contract;

/// <summary>The contract on PostgreSQL: a fresh schema per test; each instance has its own data source (pool).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageContractTests(PostgresServer server) : StorageContractTests
{
    private readonly string _schema = PostgresServer.UniqueSchema();

    protected override int LatestSchemaVersion => PostgresMigrations.For("x").Max(m => m.Version);

    protected override Task CreateDatabaseAsync() => Task.CompletedTask; // the schema appears with the first migration

    protected override StorageInstance OpenInstance()
    {
        var db = new PostgresDatabase(server.ConnectionString, _schema, Time);
        return new StorageInstance(new PostgresRecordStore(db), new PostgresActivityLog(db), new PostgresAuditLog(db),
            new PostgresRetentionStore(db), db, db.DisposeAsync);
    }

    protected override Task DropDatabaseAsync() => server.DropSchemaAsync(_schema);
}
