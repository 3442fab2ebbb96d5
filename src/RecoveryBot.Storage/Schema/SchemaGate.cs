namespace RecoveryBot.Storage.Schema;

/// <summary>
/// Runs the migrations once per database object before its first use, thread-safely. A failed attempt is not
/// remembered: storage that was down at start is migrated by the first call after it comes back.
/// </summary>
internal sealed class SchemaGate(Func<CancellationToken, Task> migrate)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private volatile bool _done;

    public bool IsReady => _done;

    public ValueTask EnsureAsync(CancellationToken ct) => _done ? ValueTask.CompletedTask : new ValueTask(SlowAsync(ct));

    private async Task SlowAsync(CancellationToken ct)
    {
        await _once.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_done) return;
            await migrate(ct).ConfigureAwait(false);
            _done = true;
        }
        finally
        {
            _once.Release();
        }
    }
}
