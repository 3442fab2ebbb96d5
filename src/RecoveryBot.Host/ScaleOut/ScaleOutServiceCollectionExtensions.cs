using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Postgres;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.ScaleOut;

public static class ScaleOutServiceCollectionExtensions
{
    public const string ApplicationName = "RecoveryBot";

    /// <summary>
    /// Makes instances interchangeable (issue 7 §2–3). Call BEFORE AddDirectLine and AddHandoff (they TryAdd their
    /// in-process defaults). Always: data-protection keys in the record store (cookies and antiforgery tokens
    /// survive restarts and work on every instance). With <c>Storage:Provider=Postgres</c>: Direct Line signals and
    /// console events over LISTEN/NOTIFY, and Direct Line posts ordered by advisory locks across instances.
    /// </summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IRecordStore>((options, store) => options.XmlRepository = new RecordStoreXmlRepository(store));

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (!storage.Provider.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase))
            return services;

        services.AddOptions<ScaleOutOptions>().Bind(configuration.GetSection(ScaleOutOptions.Section))
            .Validate(o => o.PostLockPoolSize > 0, "ScaleOut:PostLockPoolSize must be positive.");
        services.AddSingleton<ClusterConversationFeed>();
        services.AddSingleton<IConversationFeed>(sp => sp.GetRequiredService<ClusterConversationFeed>());
        services.AddSingleton<ClusterHandoffNotifier>();
        services.AddSingleton<IHandoffNotifier>(sp => sp.GetRequiredService<ClusterHandoffNotifier>());
        services.AddSingleton<ICrossInstancePostLock>(sp => new PostgresPostLock(storage.ConnectionString!, storage.Schema,
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScaleOutOptions>>().Value.PostLockPoolSize,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PostgresConversationLock>>()));
        services.AddHostedService<ScaleOutStartup>();
        return services;
    }
}
