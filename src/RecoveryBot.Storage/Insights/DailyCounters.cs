using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Storage.Insights;

/// <summary>
/// Programme statistics as counters per UTC day (issue 8 dashboard): named counts only, never anything a person
/// wrote. Each day is split over a few shard records so that turns of different conversations rarely contend on
/// one ETag; a read sums the shards. Keys sit under "durable/" so the retention purge keeps these aggregates
/// (they hold no personal data) while transcripts and state are deleted.
/// </summary>
public sealed class DailyCounters(IRecordStore store)
{
    public const string KeyPrefix = "durable/insights:day:";
    public const int Shards = 4;
    private const int MaxAttempts = 25;

    public static string Key(DateOnly day, int shard) =>
        $"{KeyPrefix}{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}:{shard}";

    /// <summary>The UTC day an instant counts on.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>Adds the increments to the day (compare-and-set, retried on conflict).</summary>
    /// <param name="shardHint">Any stable id (e.g. the conversation id): the same hint always lands on the same shard.</param>
    public async Task AddAsync(DateOnly day, IReadOnlyDictionary<string, long> increments, string shardHint, CancellationToken ct = default)
    {
        if (increments.Count == 0)
        {
            return;
        }
        var key = Key(day, ShardOf(shardHint));
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.ReadAsync(key, ct);
            var counts = current is null ? new Dictionary<string, long>(StringComparer.Ordinal) : Parse(current.Data);
            foreach (var (name, by) in increments)
            {
                counts[name] = counts.GetValueOrDefault(name) + by;
            }
            try
            {
                await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(counts, CountersJson.Default.DictionaryStringInt64), current?.ETag, ct);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another conversation on this shard wrote first: add ours to what they wrote.
            }
        }
    }

    /// <summary>Counts of every day from <paramref name="from"/> to <paramref name="to"/> (both inclusive) that has any.</summary>
    public async Task<IReadOnlyList<DayCounts>> ReadAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var days = new List<DayCounts>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            Dictionary<string, long>? sum = null;
            for (var shard = 0; shard < Shards; shard++)
            {
                var record = await store.ReadAsync(Key(day, shard), ct);
                if (record is null)
                {
                    continue;
                }
                sum ??= new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var (name, count) in Parse(record.Data))
                {
                    sum[name] = sum.GetValueOrDefault(name) + count;
                }
            }
            if (sum is not null)
            {
                days.Add(new DayCounts(day, sum));
            }
        }
        return days;
    }

    // FNV-1a: stable across processes (string.GetHashCode is randomised per process).
    private static int ShardOf(string hint)
    {
        var hash = 2166136261u;
        foreach (var c in hint)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % Shards);
    }

    private static Dictionary<string, long> Parse(byte[] data) =>
        JsonSerializer.Deserialize(data, CountersJson.Default.DictionaryStringInt64) is { } parsed
            ? new Dictionary<string, long>(parsed, StringComparer.Ordinal)
            : new Dictionary<string, long>(StringComparer.Ordinal);
}

/// <summary>One day's counters, summed over shards.</summary>
public sealed record DayCounts(DateOnly Day, IReadOnlyDictionary<string, long> Counts);

[JsonSerializable(typeof(Dictionary<string, long>))]
internal sealed partial class CountersJson : JsonSerializerContext;
