using RecoveryBot.DirectLineLoad.Soak;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>
/// The soak driver's memory sampler must end quietly when the soak ends, even with a /metrics read in flight: a CI run
/// lost a finished 500-conversation soak to the cancelled read surfacing as an unhandled exception.
/// </summary>
public sealed class MemorySamplerTests
{
    [Fact]
    public async Task CancelledWhileAMetricsReadIsInFlight_EndsQuietlyAndKeepsItsSamples()
    {
        var handler = new SecondReadWaitsForCancellation();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://host.test/") };
        var sampler = new MemorySampler(http, pid: null, interval: TimeSpan.FromMilliseconds(1));
        using var stop = new CancellationTokenSource();

        var run = sampler.RunAsync(stop.Token);
        await handler.SecondReadStarted.Task;
        await stop.CancelAsync();

        // Awaited directly: a cancelled task (the bug) throws here, while Shouldly's NotThrowAsync lets it pass.
        await run;
        run.IsCompletedSuccessfully.ShouldBeTrue();
        sampler.Samples.Count.ShouldBe(1);
        sampler.Samples[0].HeapMb.ShouldBe(3.0);
    }

    /// <summary>Answers the first /metrics read at once (3 MB surviving heap), then holds the next until it is cancelled.</summary>
    private sealed class SecondReadWaitsForCancellation : HttpMessageHandler
    {
        private int _reads;

        public TaskCompletionSource SecondReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                const string metrics = "dotnet_gc_last_collection_heap_size_bytes{gc_heap_generation=\"gen2\"} 3145728\n";
                return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(metrics) };
            }
            SecondReadStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        }
    }
}
