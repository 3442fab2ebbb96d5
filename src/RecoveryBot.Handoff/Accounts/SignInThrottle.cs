using System.Collections.Concurrent;

namespace RecoveryBot.Handoff.Accounts;

/// <summary>
/// Slows password guessing from one client (issue 6: "login brute force is slowed"): after 3 failures from a
/// key (client address), each further attempt must wait 2, 4, 8 … up to 60 seconds. Nothing sleeps: an early
/// attempt is refused with the time to wait (HTTP 429 + Retry-After). Complements the per-account lockout.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    private const int FreeFailures = 3;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(15);

    private sealed record Entry(int Failures, DateTimeOffset NotBefore, DateTimeOffset LastFailure);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Zero when an attempt may go ahead now; otherwise how long to wait.</summary>
    public TimeSpan RetryAfter(string key)
    {
        var now = time.GetUtcNow();
        if (!entries.TryGetValue(key, out var entry))
        {
            return TimeSpan.Zero;
        }
        if (now - entry.LastFailure > Forget)
        {
            entries.TryRemove(key, out _);
            return TimeSpan.Zero;
        }
        return entry.NotBefore > now ? entry.NotBefore - now : TimeSpan.Zero;
    }

    public void RecordFailure(string key)
    {
        var now = time.GetUtcNow();
        entries.AddOrUpdate(key,
            _ => new Entry(1, now, now),
            (_, e) =>
            {
                var failures = e.Failures + 1;
                var delay = failures <= FreeFailures
                    ? TimeSpan.Zero
                    : TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, failures - FreeFailures)));
                return new Entry(failures, now + delay, now);
            });
        if (entries.Count > 10_000)
        {
            // Bounded memory under a spray of addresses: drop what is old.
            foreach (var stale in entries.Where(e => now - e.Value.LastFailure > Forget).Select(e => e.Key).ToList())
            {
                entries.TryRemove(stale, out _);
            }
        }
    }

    public void RecordSuccess(string key) => entries.TryRemove(key, out _);
}
