using Microsoft.Data.Sqlite;
using RecoveryBot.Storage.Sqlite;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Storage.Tests.Contract;

/// <summary>The contract on SQLite: a temp file per test; each instance is its own SqliteDatabase (its own pool).</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    private string _directory = "";

    protected override int LatestSchemaVersion => SqliteMigrations.All.Max(m => m.Version);

    protected override Task CreateDatabaseAsync()
    {
        _directory = Directory.CreateTempSubdirectory("rb-sqlite-test-").FullName;
        return Task.CompletedTask;
    }

    protected override StorageInstance OpenInstance()
    {
        var db = new SqliteDatabase(SqliteConnectionStrings.Resolve("Data Source=store/test.db", _directory), Time);
        return new StorageInstance(new SqliteRecordStore(db), new SqliteActivityLog(db), new SqliteAuditLog(db),
            new SqliteRetentionStore(db), db, () => { db.Dispose(); return ValueTask.CompletedTask; });
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Open_RelativePath_CreatesTheFileUnderTheBaseDirectoryInWalMode()
    {
        await Store.Schema.EnsureSchemaAsync();

        File.Exists(Path.Combine(_directory, "store", "test.db")).ShouldBeTrue();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "store", "test.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        ((string)(await command.ExecuteScalarAsync())!).ShouldBe("wal");
    }
}
