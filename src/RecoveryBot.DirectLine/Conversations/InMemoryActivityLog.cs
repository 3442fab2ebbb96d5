using RecoveryBot.Storage.Records;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// Fallback log used only when no <see cref="IActivityLog"/> is registered (a warning is logged): conversations
/// are lost on restart. Production registers the SQLite/PostgreSQL log from RecoveryBot.Storage.
/// </summary>
public sealed class InMemoryActivityLog : IActivityLog
{
    private readonly Dictionary<string, List<byte[]>> _logs = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<byte[]> activities, CancellationToken cancellationToken = default)
    {
        lock (_logs)
        {
            if (!_logs.TryGetValue(conversationId, out var log))
                _logs[conversationId] = log = [];
            var marks = new long[activities.Count];
            for (var i = 0; i < activities.Count; i++)
            {
                log.Add(activities[i]);
                marks[i] = log.Count;
            }
            return Task.FromResult<IReadOnlyList<long>>(marks);
        }
    }

    public Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken = default)
    {
        lock (_logs)
        {
            if (!_logs.TryGetValue(conversationId, out var log) || afterWatermark >= log.Count)
                return Task.FromResult<IReadOnlyList<LoggedActivity>>([]);
            var start = (int)Math.Max(0, afterWatermark);
            var count = Math.Min(max, log.Count - start);
            var page = new LoggedActivity[count];
            for (var i = 0; i < count; i++)
                page[i] = new LoggedActivity(start + i + 1, log[start + i]);
            return Task.FromResult<IReadOnlyList<LoggedActivity>>(page);
        }
    }

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_logs)
        {
            var count = _logs.TryGetValue(conversationId, out var log) ? log.Count : 0;
            _logs.Remove(conversationId);
            return Task.FromResult(count);
        }
    }
}
