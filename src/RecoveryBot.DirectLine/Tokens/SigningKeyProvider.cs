using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.DirectLine.Tokens;

/// <summary>
/// The HS256 key for Direct Line tokens: from configuration, else generated once and persisted so tokens survive
/// restarts. With a registered record store (SQLite/PostgreSQL) the key lives there, so every instance sharing the
/// database shares the key (first writer wins, ETag "must not exist"); without one, in the data folder.
/// </summary>
public sealed class SigningKeyProvider(IOptions<DirectLineOptions> options, IServiceProvider services, ILogger<SigningKeyProvider> logger)
{
    // Under "durable/" so the retention purge never deletes it (issue 7): a purged key would make instances
    // generate different keys and reject each other's tokens. The pre-issue-7 key is read once and moved.
    internal const string RecordKey = "durable/directline/token-signing-key";
    internal const string LegacyRecordKey = "directline/token-signing-key";
    private readonly Lazy<Task<byte[]>> _key = new(() => LoadAsync(options.Value, services, logger));

    public Task<byte[]> GetKeyAsync() => _key.Value;

    private static async Task<byte[]> LoadAsync(DirectLineOptions options, IServiceProvider services, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.TokenSigningKey))
            return Decode(options.TokenSigningKey);

        if (services.GetService(typeof(IRecordStore)) is IRecordStore store)
            return await FromRecordStoreAsync(store, logger);

        var path = Path.Combine(options.DataFolder, "directline-signing-key");
        if (File.Exists(path))
            return Decode(await File.ReadAllTextAsync(path));
        Directory.CreateDirectory(options.DataFolder);
        var fresh = RandomNumberGenerator.GetBytes(32);
        await File.WriteAllTextAsync(path, Convert.ToBase64String(fresh));
        logger.LogInformation("Generated a Direct Line token signing key in the data folder");
        return fresh;
    }

    private static async Task<byte[]> FromRecordStoreAsync(IRecordStore store, ILogger logger)
    {
        var existing = await store.ReadAsync(RecordKey);
        if (existing is not null)
            return Decode(Encoding.UTF8.GetString(existing.Data));
        var legacy = await store.ReadAsync(LegacyRecordKey);
        var fresh = legacy is not null ? Decode(Encoding.UTF8.GetString(legacy.Data)) : RandomNumberGenerator.GetBytes(32);
        try
        {
            await store.WriteAsync(RecordKey, Encoding.UTF8.GetBytes(Convert.ToBase64String(fresh)), expectedETag: null);
            logger.LogInformation("Generated a Direct Line token signing key in the record store");
            return fresh;
        }
        catch (ConcurrencyConflictException)
        {
            // Another instance won the race: use its key.
            var winner = await store.ReadAsync(RecordKey) ?? throw new InvalidOperationException("Signing key vanished.");
            return Decode(Encoding.UTF8.GetString(winner.Data));
        }
    }

    private static byte[] Decode(string base64)
    {
        var bytes = Convert.FromBase64String(base64.Trim());
        if (bytes.Length < 32)
            throw new InvalidOperationException("DirectLine:TokenSigningKey must be base64 of at least 32 bytes.");
        return bytes;
    }
}
