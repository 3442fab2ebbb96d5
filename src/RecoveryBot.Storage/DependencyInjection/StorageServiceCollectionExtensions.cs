using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.Coordination;
using RecoveryBot.Storage.Outbox;
using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Retention;
using RecoveryBot.Storage.Schema;
using RecoveryBot.Storage.Sqlite;

namespace RecoveryBot.Storage.DependencyInjection;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers IRecordStore, IActivityLog, IAuditLog, IRetentionStore, IChangeFeed, IConversationLock and
    /// IStorageSchema for <c>Storage:Provider</c> (Sqlite by default, or Postgres), plus the startup migration step
    /// and the background retention purge.
    /// </summary>
    public static IServiceCollection AddRecoveryBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.Section);
        services.AddOptions<StorageOptions>().Bind(section);
        var options = section.Get<StorageOptions>() ?? new StorageOptions();
        services.TryAddSingleton(TimeProvider.System);

        if (string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase)) AddSqlite(services, options);
        else if (string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(options.Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
            AddPostgres(services, options);
        else throw new InvalidOperationException($"Storage:Provider must be 'Sqlite' or 'Postgres', not '{options.Provider}'.");

        services.AddHostedService<StorageStartupService>();
        services.TryAddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }

    private static void AddSqlite(IServiceCollection services, StorageOptions options)
    {
        services.TryAddSingleton(sp =>
        {
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var database = new SqliteDatabase(SqliteConnectionStrings.Resolve(options.ConnectionString, root),
                sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<SqliteDatabase>>())
            {
                MaxPageCount = options.Sqlite.MaxPageCount,
            };
            // An operator raising (or removing) the quota in a reloaded configuration takes effect on the next write.
            sp.GetService<IOptionsMonitor<StorageOptions>>()?.OnChange(changed => database.MaxPageCount = changed.Sqlite.MaxPageCount);
            return database;
        });
        services.TryAddSingleton<IStorageSchema>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.TryAddSingleton<IRecordStore, SqliteRecordStore>();
        services.TryAddSingleton<IActivityLog, SqliteActivityLog>();
        services.TryAddSingleton<IAuditLog, SqliteAuditLog>();
        services.TryAddSingleton<IRetentionStore, SqliteRetentionStore>();
        services.TryAddSingleton<IOutboxStore, SqliteOutboxStore>();
        // One instance owns the file, so in-process coordination is complete.
        services.TryAddSingleton<IChangeFeed>(sp => new InMemoryChangeFeed(sp.GetService<ILogger<InMemoryChangeFeed>>()));
        services.TryAddSingleton<IConversationLock, InMemoryConversationLock>();
    }

    private static void AddPostgres(IServiceCollection services, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty (an Npgsql connection string is needed).");
        services.TryAddSingleton(sp => new PostgresDatabase(options.ConnectionString, options.Schema,
            sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<PostgresDatabase>>()));
        services.TryAddSingleton<IStorageSchema>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.TryAddSingleton<IRecordStore, PostgresRecordStore>();
        services.TryAddSingleton<IActivityLog, PostgresActivityLog>();
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        services.TryAddSingleton<IRetentionStore, PostgresRetentionStore>();
        services.TryAddSingleton<IOutboxStore, PostgresOutboxStore>();
        services.TryAddSingleton<IChangeFeed>(sp => new PostgresChangeFeed(sp.GetRequiredService<PostgresDatabase>(), sp.GetService<ILogger<PostgresChangeFeed>>()));
        services.TryAddSingleton<IConversationLock>(sp => new PostgresConversationLock(sp.GetRequiredService<PostgresDatabase>(), sp.GetService<ILogger<PostgresConversationLock>>()));
    }
}
