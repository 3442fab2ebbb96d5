using System.Text.Json;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Conversations;

/// <summary>A loaded conversation record with the ETag it was read at.</summary>
public sealed record LoadedConversation(string Key, ConversationRecord Record, string? ETag);

/// <summary>Reads and writes <see cref="ConversationRecord"/>s through the record store, with ETags.</summary>
public sealed class ConversationStore(IRecordStore store)
{
    public async Task<LoadedConversation> LoadAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var key = ConversationRecord.KeyFor(channelId, conversationId);
        var stored = await store.ReadAsync(key, ct);
        if (stored is null)
        {
            return new LoadedConversation(key, new ConversationRecord { MayHaveHandoff = false }, null);
        }

        var record = JsonSerializer.Deserialize(stored.Data, HostJsonContext.Default.ConversationRecord);
        // An older schema (or unreadable bytes) starts fresh rather than failing every turn of that conversation.
        return record is { Schema: ConversationRecord.CurrentSchema }
            ? new LoadedConversation(key, record, stored.ETag)
            : new LoadedConversation(key, new ConversationRecord(), stored.ETag);
    }

    /// <returns>The new ETag; throws <see cref="ConcurrencyConflictException"/> when someone else wrote first.</returns>
    public Task<string> SaveAsync(LoadedConversation loaded, ConversationRecord updated, CancellationToken ct) =>
        store.WriteAsync(loaded.Key, JsonSerializer.SerializeToUtf8Bytes(updated, HostJsonContext.Default.ConversationRecord), loaded.ETag, ct);

    public Task<int> DeleteAsync(string channelId, string conversationId, CancellationToken ct) =>
        store.DeleteByPrefixAsync(ConversationRecord.KeyFor(channelId, conversationId), ct);
}
