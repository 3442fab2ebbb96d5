namespace RecoveryBot.Storage.Schema;

/// <summary>The startup step: applies pending migrations (also done lazily by every store on first use).</summary>
public interface IStorageSchema
{
    Task EnsureSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>The newest migration version in the database after <see cref="EnsureSchemaAsync"/>.</summary>
    Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default);
}
