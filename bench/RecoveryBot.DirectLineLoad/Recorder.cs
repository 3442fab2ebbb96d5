namespace RecoveryBot.DirectLineLoad;

/// <summary>Collects round trips and post latencies while <see cref="Measuring"/> is on (after the warm-up).</summary>
public sealed class Recorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _roundTrips = [];
    private readonly List<double> _posts = [];
    private int _failedPosts;

    public volatile bool Measuring;

    public void RoundTrip(TimeSpan elapsed)
    {
        if (!Measuring) return;
        lock (_gate) _roundTrips.Add(elapsed.TotalMilliseconds);
    }

    public void Post(TimeSpan elapsed, int status)
    {
        if (!Measuring) return;
        lock (_gate)
        {
            _posts.Add(elapsed.TotalMilliseconds);
            if (status is < 200 or >= 300) _failedPosts++;
        }
    }

    public Summary Summarise(double seconds)
    {
        lock (_gate)
        {
            return new Summary(_posts.Count, _failedPosts, _roundTrips.Count, _roundTrips.Count / seconds,
                Percentile(_roundTrips, 0.50), Percentile(_roundTrips, 0.99), Percentile(_roundTrips, 1.0),
                Percentile(_posts, 0.50), Percentile(_posts, 0.99));
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

public sealed record Summary(int Posts, int FailedPosts, int Replies, double RepliesPerSecond,
    double RoundTripP50, double RoundTripP99, double RoundTripMax, double PostP50, double PostP99)
{
    public override string ToString() =>
        $"posts {Posts} (failed {FailedPosts}), replies {Replies} ({RepliesPerSecond:F1}/s), " +
        $"post→reply on socket p50 {RoundTripP50:F2} ms p99 {RoundTripP99:F2} ms max {RoundTripMax:F2} ms; POST p50 {PostP50:F2} ms p99 {PostP99:F2} ms";
}
