using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Options;

namespace RecoveryBot.DirectLine.Conversations;

/// <summary>
/// Token bucket per conversation for posted activities (issue #5 §4: 100 posts/s from one client → 429 with
/// Retry-After, checked before anything is stored, so nothing acknowledged is lost). Clock = TimeProvider.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>True when a post may proceed; otherwise how long until one token is back.</summary>
    public bool TryAcquire(string conversationId, out TimeSpan retryAfter)
    {
        var rate = Math.Max(0.01, options.Value.PostsPerSecond);
        var capacity = Math.Max(1, options.Value.PostBurst);
        var now = clock.GetUtcNow();
        if (_buckets.Count > SweepThreshold)
            Sweep(now, capacity / rate);
        var bucket = _buckets.GetOrAdd(conversationId, _ => new Bucket(capacity, now));
        lock (bucket)
        {
            bucket.Tokens = Math.Min(capacity, bucket.Tokens + (now - bucket.Updated).TotalSeconds * rate);
            bucket.Updated = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }
            retryAfter = TimeSpan.FromSeconds((1 - bucket.Tokens) / rate);
            return false;
        }
    }

    // A bucket idle long enough to be full again carries no information.
    private void Sweep(DateTimeOffset now, double refillSeconds)
    {
        foreach (var (key, bucket) in _buckets)
            if ((now - bucket.Updated).TotalSeconds > refillSeconds)
                _buckets.TryRemove(key, out _);
    }

    private sealed class Bucket(double tokens, DateTimeOffset updated)
    {
        public double Tokens = tokens;
        public DateTimeOffset Updated = updated;
    }
}
