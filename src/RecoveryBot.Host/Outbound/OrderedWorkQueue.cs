using System.Collections.Concurrent;

namespace RecoveryBot.Host.Outbound;

/// <summary>
/// Runs work items one after another per key (a conversation) and concurrently across keys, so one slow
/// conversation never holds up another. Idle keys are forgotten.
/// </summary>
public sealed class OrderedWorkQueue
{
    private readonly ConcurrentDictionary<string, Task> _tails = new(StringComparer.Ordinal);

    public Task Enqueue(string key, Func<Task> work)
    {
        while (true)
        {
            var previous = _tails.GetOrAdd(key, Task.CompletedTask);
            var next = Chain(previous, work);
            if (_tails.TryUpdate(key, next, previous))
            {
                _ = next.ContinueWith(t => _tails.TryRemove(new KeyValuePair<string, Task>(key, t)), TaskScheduler.Default);
                return next;
            }
        }
    }

    /// <summary>Waits for everything queued so far (shutdown, tests).</summary>
    public Task DrainAsync() => Task.WhenAll(_tails.Values);

    private static async Task Chain(Task previous, Func<Task> work)
    {
        try
        {
            await previous.ConfigureAwait(false);
        }
        catch
        {
            // The previous item already reported its own failure; ours still runs.
        }
        await work().ConfigureAwait(false);
    }
}
