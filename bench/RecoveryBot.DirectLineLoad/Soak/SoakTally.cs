namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>Counts of the soak, shared by all conversations (thread-safe).</summary>
public sealed class SoakTally
{
    private readonly Lock _gate = new();
    private readonly List<double> _turnMs = [];
    private long _posts, _failedPosts, _lostTurns, _lostActivities, _duplicated, _reordered;

    public void Post(int status)
    {
        Interlocked.Increment(ref _posts);
        if (status is < 200 or >= 300) Interlocked.Increment(ref _failedPosts);
    }

    /// <summary>Latency is recorded after the warm-up only; losses, duplicates and reorders always count.</summary>
    public volatile bool Measuring;

    public void Turn(TimeSpan roundTrip)
    {
        if (Measuring) lock (_gate) _turnMs.Add(roundTrip.TotalMilliseconds);
    }
    public void Lost() => Interlocked.Increment(ref _lostTurns);
    public void LostActivities(long n) => Interlocked.Add(ref _lostActivities, n);
    public void Duplicated() => Interlocked.Increment(ref _duplicated);
    public void Reordered() => Interlocked.Increment(ref _reordered);

    public long Posts => Interlocked.Read(ref _posts);
    public long FailedPosts => Interlocked.Read(ref _failedPosts);
    public long LostTurns => Interlocked.Read(ref _lostTurns);
    public long LostActivityCount => Interlocked.Read(ref _lostActivities);
    public long DuplicatedCount => Interlocked.Read(ref _duplicated);
    public long ReorderedCount => Interlocked.Read(ref _reordered);

    public (int Turns, double P50, double P99, double Max) Latency()
    {
        lock (_gate)
        {
            if (_turnMs.Count == 0) return (0, double.NaN, double.NaN, double.NaN);
            var sorted = _turnMs.Order().ToArray();
            double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
            return (sorted.Length, At(0.5), At(0.99), sorted[^1]);
        }
    }
}
