using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecoveryBot.Storage.Schema;

namespace RecoveryBot.Storage.DependencyInjection;

/// <summary>
/// Applies migrations at start. Unreachable storage does not stop the host: it is logged, readiness
/// (<c>IRecordStore.PingAsync</c>) reports it, and every store migrates lazily on its first use once storage is back.
/// </summary>
internal sealed class StorageStartupService(IStorageSchema schema, ILogger<StorageStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await schema.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Storage schema is at version {Version}.", await schema.CurrentVersionAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Storage is unreachable at start; migrations will be applied on first use. Check Storage:Provider and Storage:ConnectionString.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
