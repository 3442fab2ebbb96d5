using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Retention;
using RecoveryBot.Storage.Schema;

namespace RecoveryBot.Storage.Tests.Infrastructure;

/// <summary>One "instance" of the storage layer over a database (two of them stand for two host processes).</summary>
public sealed class StorageInstance(
    IRecordStore records, IActivityLog activities, IAuditLog audit, IRetentionStore retention, IStorageSchema schema,
    Func<ValueTask> dispose) : IAsyncDisposable
{
    public IRecordStore Records { get; } = records;
    public IActivityLog Activities { get; } = activities;
    public IAuditLog Audit { get; } = audit;
    public IRetentionStore Retention { get; } = retention;
    public IStorageSchema Schema { get; } = schema;

    public ValueTask DisposeAsync() => dispose();
}
