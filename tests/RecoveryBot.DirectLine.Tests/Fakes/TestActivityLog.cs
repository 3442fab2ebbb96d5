using System.Collections.Concurrent;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.DirectLine.Tests.Fakes;

/// <summary>The test's own log (registered explicitly), so tests can check what was stored.</summary>
public sealed class TestActivityLog : IActivityLog
{
    private readonly ConcurrentDictionary<string, List<byte[]>> _logs = new();

    public int AppendCalls;

    /// <summary>Appends numbered from this one on fail like a full or unreachable database (storage fault tests).</summary>
    public volatile int FailFromCall = int.MaxValue;

    public Task<IReadOnlyList<long>> AppendAsync(string conversationId, IReadOnlyList<byte[]> activities, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref AppendCalls) >= FailFromCall)
            return Task.FromException<IReadOnlyList<long>>(new IOException("database or disk is full (test fault)"));
        var log = _logs.GetOrAdd(conversationId, _ => []);
        lock (log)
        {
            var marks = new List<long>();
            foreach (var a in activities)
            {
                log.Add(a);
                marks.Add(log.Count);
            }
            return Task.FromResult<IReadOnlyList<long>>(marks);
        }
    }

    public Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken = default)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
            return Task.FromResult<IReadOnlyList<LoggedActivity>>([]);
        lock (log)
            return Task.FromResult<IReadOnlyList<LoggedActivity>>(
                [.. log.Select((json, i) => new LoggedActivity(i + 1, json)).Where(e => e.Watermark > afterWatermark).Take(max)]);
    }

    public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_logs.TryRemove(conversationId, out var log) ? log.Count : 0);

    public int Count(string conversationId) => _logs.TryGetValue(conversationId, out var log) ? log.Count : 0;
}
