using RecoveryBot.Storage.Records;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>Records with optimistic concurrency: every write is one conditional statement, so no transaction.</summary>
public sealed class SqliteRecordStore(SqliteDatabase db) : IRecordStore
{
    private const string ReadSql = "SELECT data, etag FROM records WHERE key = $key";
    private const string InsertSql = "INSERT INTO records (key, data, etag, updated_at) VALUES ($key, $data, $etag, $now) ON CONFLICT (key) DO NOTHING";
    private const string UpdateSql = "UPDATE records SET data = $data, etag = $etag, updated_at = $now WHERE key = $key AND etag = $expected";
    private const string UpsertSql = "INSERT INTO records (key, data, etag, updated_at) VALUES ($key, $data, $etag, $now) "
        + "ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag, updated_at = excluded.updated_at";
    private const string DeleteSql = "DELETE FROM records WHERE key = $key";
    private const string DeletePrefixSql = "DELETE FROM records WHERE substr(key, 1, length($prefix)) = $prefix";

    public async Task<StoredRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await db.ReadAsync(s =>
        {
            var command = s.Command(ReadSql, null, "$key");
            command.Parameters[0].Value = key;
            using var reader = command.ExecuteReader();
            return reader.Read() ? new StoredRecord(key, (byte[])reader.GetValue(0), reader.GetString(1)) : null;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);
        var etag = RecordETags.New();
        var written = await db.WriteAsync(s =>
        {
            var sql = expectedETag switch { null => InsertSql, RecordETags.Any => UpsertSql, _ => UpdateSql };
            var command = expectedETag is null or RecordETags.Any
                ? s.Command(sql, null, "$key", "$data", "$etag", "$now")
                : s.Command(sql, null, "$key", "$data", "$etag", "$now", "$expected");
            command.Parameters[0].Value = key;
            command.Parameters[1].Value = data;
            command.Parameters[2].Value = etag;
            command.Parameters[3].Value = db.NowMs();
            if (command.Parameters.Count > 4) command.Parameters[4].Value = expectedETag;
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
        return written == 1 ? etag : throw new ConcurrencyConflictException(key);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await db.WriteAsync(s =>
        {
            var command = s.Command(DeleteSql, null, "$key");
            command.Parameters[0].Value = key;
            return command.ExecuteNonQuery() > 0;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix); // an empty prefix would delete everything
        return await db.WriteAsync(s =>
        {
            var command = s.Command(DeletePrefixSql, null, "$prefix");
            command.Parameters[0].Value = keyPrefix;
            return command.ExecuteNonQuery();
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.ReadAsync(s => Convert.ToInt32(s.Command("SELECT 1", null).ExecuteScalar(),
                System.Globalization.CultureInfo.InvariantCulture) == 1, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }
}
