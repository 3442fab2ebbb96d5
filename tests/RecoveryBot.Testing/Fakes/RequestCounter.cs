namespace RecoveryBot.Testing.Fakes;

/// <summary>Counts events and lets a test await "at least n" without sleeping.</summary>
public sealed class RequestCounter
{
    private readonly object _gate = new();
    private readonly List<(int Target, TaskCompletionSource Done)> _waiters = [];
    private int _count;

    public int Count
    {
        get { lock (_gate) return _count; }
    }

    public void Increment()
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _count++;
            ready = _waiters.Where(w => w.Target <= _count).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => w.Target <= _count);
        }

        ready.ForEach(t => t.TrySetResult());
    }

    /// <summary>Completes when the count reaches <paramref name="target"/>; throws TimeoutException after <paramref name="timeout"/>.</summary>
    public Task WaitForAsync(int target, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_count >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((target, done));
            return done.Task.WaitAsync(timeout);
        }
    }
}
