using System.Text.Json;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Handoff.Storage;

/// <summary>A typed value read from the store together with the ETag that must accompany its next write.</summary>
public sealed record Versioned<T>(T Value, string ETag);

/// <summary>
/// Typed JSON over <see cref="IRecordStore"/>. <see cref="UpdateAsync{T}"/> is the one compare-and-set loop every
/// handoff change uses: read, decide, write with the read ETag, and on a conflict decide again on fresh data.
/// </summary>
public sealed class JsonRecords(IRecordStore store)
{
    private const int MaxAttempts = 20;

    public IRecordStore Store => store;

    public async Task<Versioned<T>?> ReadAsync<T>(string key, CancellationToken ct = default) where T : class
    {
        var record = await store.ReadAsync(key, ct);
        if (record is null)
        {
            return null;
        }
        var value = JsonSerializer.Deserialize<T>(record.Data, HandoffJson.Options)
            ?? throw new InvalidDataException($"Record '{key}' is empty.");
        return new Versioned<T>(value, record.ETag);
    }

    public Task<string> WriteAsync<T>(string key, T value, string? expectedETag, CancellationToken ct = default) =>
        store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, HandoffJson.Options), expectedETag, ct);

    /// <summary>
    /// Applies <paramref name="change"/> to the current value (null when absent) until the write wins.
    /// The change returns null to write nothing (the decision was "no change").
    /// </summary>
    /// <returns>The value written, or null when the change declined.</returns>
    public async Task<T?> UpdateAsync<T>(string key, Func<T?, T?> change, CancellationToken ct = default) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadAsync<T>(key, ct);
            var next = change(current?.Value);
            if (next is null)
            {
                return null;
            }
            try
            {
                await WriteAsync(key, next, current?.ETag, ct);
                return next;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone else wrote first: decide again on what they wrote.
            }
        }
    }
}
