using Npgsql;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Storage.Postgres;

/// <summary>Records with compare-and-set on the ETag: each write is one statement, atomic across instances.</summary>
public sealed class PostgresRecordStore : IRecordStore
{
    private readonly PostgresDatabase _db;
    private readonly string _read, _insert, _update, _upsert, _delete, _deletePrefix;

    public PostgresRecordStore(PostgresDatabase db)
    {
        _db = db;
        var t = db.Table("records");
        _read = $"SELECT data, etag FROM {t} WHERE key = $1";
        _insert = $"INSERT INTO {t} (key, data, etag, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING";
        _update = $"UPDATE {t} SET data = $2, etag = $3, updated_at = $4 WHERE key = $1 AND etag = $5";
        _upsert = $"INSERT INTO {t} (key, data, etag, updated_at) VALUES ($1, $2, $3, $4) "
            + "ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, etag = EXCLUDED.etag, updated_at = EXCLUDED.updated_at";
        _delete = $"DELETE FROM {t} WHERE key = $1";
        _deletePrefix = $"DELETE FROM {t} WHERE starts_with(key, $1)";
    }

    public async Task<StoredRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(_read);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredRecord(key, reader.GetFieldValue<byte[]>(0), reader.GetString(1))
            : null;
    }

    public async Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);
        await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var etag = RecordETags.New();
        await using var command = _db.DataSource.CreateCommand(expectedETag switch { null => _insert, RecordETags.Any => _upsert, _ => _update });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = data });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = etag });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = _db.Time.GetUtcNow() });
        if (expectedETag is not (null or RecordETags.Any)) command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = expectedETag });
        var written = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return written == 1 ? etag : throw new ConcurrencyConflictException(key);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await ExecuteAsync(_delete, key, cancellationToken).ConfigureAwait(false) > 0;
    }

    public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix); // an empty prefix would delete everything
        return ExecuteAsync(_deletePrefix, keyPrefix, cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _db.ReadyAsync(cancellationToken).ConfigureAwait(false);
            await using var command = _db.DataSource.CreateCommand("SELECT 1");
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<int> ExecuteAsync(string sql, string argument, CancellationToken ct)
    {
        await _db.ReadyAsync(ct).ConfigureAwait(false);
        await using var command = _db.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = argument });
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
