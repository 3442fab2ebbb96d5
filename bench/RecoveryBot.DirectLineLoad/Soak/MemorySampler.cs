using System.Diagnostics;
using System.Globalization;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>
/// Samples the host's memory every <c>interval</c>: RSS from /proc/&lt;pid&gt;/status (Linux) and the managed heap
/// that survives collections (gen2 + LOH + POH after the last GC, from /metrics: the runtime's System.Runtime meter)
/// — the part a leak grows; gen0/gen1 only reflect the allocation budget.
/// </summary>
public sealed class MemorySampler(HttpClient http, int? pid, TimeSpan interval)
{
    private readonly List<MemorySample> _samples = [];

    public IReadOnlyList<MemorySample> Samples => _samples;

    public async Task RunAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(interval);
        do
        {
            var rss = pid is { } p ? ReadRssMb(p) : double.NaN;
            double heap;
            try
            {
                heap = await ReadSurvivingHeapMbAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The soak ended while a /metrics read was in flight: sampling is over, and the samples taken stand.
                // (A CI run lost a finished soak to this: the cancelled read ended the driver with an unhandled
                // exception after every conversation had completed.)
                return;
            }
            lock (_samples) _samples.Add(new MemorySample(Stopwatch.GetElapsedTime(started).TotalSeconds, rss, heap));
        }
        while (await timer.WaitForNextTickAsync(ct).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default));
    }

    private static double ReadRssMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private async Task<double> ReadSurvivingHeapMbAsync(CancellationToken ct)
    {
        try
        {
            var text = await http.GetStringAsync("metrics", ct);
            var sum = 0.0;
            var found = false;
            foreach (var line in text.Split('\n'))
            {
                if (!line.StartsWith("dotnet_gc_last_collection_heap_size_bytes{", StringComparison.Ordinal) || line.Contains("\"gen0\"") || line.Contains("\"gen1\"")) continue;
                sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
                found = true;
            }
            return found ? sum / (1024 * 1024) : double.NaN;
        }
        catch (HttpRequestException)
        {
            return double.NaN;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            // The request timed out: one missed sample, not the end of the soak (a CI run lost a whole soak to one
            // slow /metrics answer while 500 conversations were starting). SoakResult fails when too few samples land.
            return double.NaN;
        }
    }
}

public sealed record MemorySample(double Seconds, double RssMb, double HeapMb);

/// <summary>
/// Start (first sample after warm-up), end, max and least-squares slope (MB/min) of one series. Growth compares the
/// mean of the last quarter of the samples with the mean of the first quarter: one sample taken just before or after
/// a collection would otherwise decide the verdict, while a leak still shows as the tail sitting above the head.
/// </summary>
public sealed record MemoryTrend(double Start, double End, double Max, double SlopePerMinute, double HeadMean, double TailMean)
{
    public double Growth => TailMean - HeadMean;

    public static MemoryTrend Of(IEnumerable<(double Seconds, double Mb)> points)
    {
        var p = points.Where(x => !double.IsNaN(x.Mb)).ToArray();
        if (p.Length == 0) return new MemoryTrend(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var mx = p.Average(x => x.Seconds);
        var my = p.Average(x => x.Mb);
        var sxx = p.Sum(x => (x.Seconds - mx) * (x.Seconds - mx));
        var slope = sxx == 0 ? 0 : p.Sum(x => (x.Seconds - mx) * (x.Mb - my)) / sxx * 60;
        var quarter = Math.Max(1, p.Length / 4);
        return new MemoryTrend(p[0].Mb, p[^1].Mb, p.Max(x => x.Mb), slope,
            p.Take(quarter).Average(x => x.Mb), p.TakeLast(quarter).Average(x => x.Mb));
    }

    public override string ToString() =>
        $"start {Start:F1} MB, end {End:F1} MB, max {Max:F1} MB, slope {SlopePerMinute:+0.00;-0.00} MB/min, " +
        $"first-quarter mean {HeadMean:F1} MB → last-quarter mean {TailMean:F1} MB (growth {Growth:+0.0;-0.0} MB)";
}
