using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Insights;

/// <summary>
/// Programme statistics collected in memory and written in batches. Writing the day's counters inside every turn
/// made all conversations compare-and-set the same few records: under load most writes conflicted, counts were
/// dropped after the retries ran out and each turn paid for the retries. Batching makes the counter write one
/// small write per flush per instance. The price: a crash loses at most one flush interval of counts (aggregate
/// statistics, never a person's messages or state). A failed flush keeps its counts for the next one.
/// </summary>
public sealed partial class InsightsBuffer(DailyCounters counters, ILogger<InsightsBuffer> logger)
{
    // Each instance writes to its own shard (by a per-process hint), so instances rarely contend with each other.
    private readonly string _shardHint = Guid.NewGuid().ToString("N");
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private Dictionary<DateOnly, Dictionary<string, long>> _pending = [];

    /// <summary>Adds one turn's increments to the day; cheap and synchronous (no storage).</summary>
    public void Add(DateOnly day, IReadOnlyDictionary<string, long> increments)
    {
        if (increments.Count == 0)
        {
            return;
        }
        lock (_gate)
        {
            Merge(_pending, day, increments);
        }
    }

    /// <summary>Writes what has been counted so far; what fails to write is kept for the next flush.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            Dictionary<DateOnly, Dictionary<string, long>> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    return;
                }
                batch = _pending;
                _pending = [];
            }
            foreach (var (day, increments) in batch)
            {
                try
                {
                    await counters.AddAsync(day, increments, _shardHint, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    LogFlushFailed(logger, ex, day);
                    lock (_gate)
                    {
                        Merge(_pending, day, increments);
                    }
                }
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    private static void Merge(Dictionary<DateOnly, Dictionary<string, long>> into, DateOnly day, IReadOnlyDictionary<string, long> increments)
    {
        if (!into.TryGetValue(day, out var counts))
        {
            into[day] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
        }
        foreach (var (name, by) in increments)
        {
            counts[name] = counts.GetValueOrDefault(name) + by;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Programme statistics for {Day} not written yet; kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception ex, DateOnly day);
}
