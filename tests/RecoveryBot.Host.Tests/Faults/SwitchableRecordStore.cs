using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// Wraps the real record store; while <see cref="Unavailable"/> is set every call fails like a lost database
/// connection would, so a test can take storage away for "a few seconds" without timing anything.
/// </summary>
public sealed class SwitchableRecordStore(IRecordStore inner) : IRecordStore
{
    public volatile bool Unavailable;

    public Task<StoredRecord?> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        Unavailable ? Fail<StoredRecord?>() : inner.ReadAsync(key, cancellationToken);

    public Task<string> WriteAsync(string key, byte[] data, string? expectedETag, CancellationToken cancellationToken = default) =>
        Unavailable ? Fail<string>() : inner.WriteAsync(key, data, expectedETag, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        Unavailable ? Fail<bool>() : inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default) =>
        Unavailable ? Fail<int>() : inner.DeleteByPrefixAsync(keyPrefix, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        Unavailable ? Task.FromResult(false) : inner.PingAsync(cancellationToken);

    private static Task<T> Fail<T>() => Task.FromException<T>(new IOException("storage unavailable (test fault)"));

    /// <summary>Replaces the host's IRecordStore registration with a switchable wrapper around it.</summary>
    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IRecordStore));
        services.Remove(original);
        services.AddSingleton(sp => new SwitchableRecordStore(Resolve(sp, original)));
        services.AddSingleton<IRecordStore>(sp => sp.GetRequiredService<SwitchableRecordStore>());
    }

    private static IRecordStore Resolve(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance as IRecordStore
        ?? (d.ImplementationFactory is { } f ? (IRecordStore)f(sp) : (IRecordStore)ActivatorUtilities.CreateInstance(sp, d.ImplementationType!));
}
