using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RecoveryBot.Host.Composition;

/// <summary>
/// Server limits set on purpose (issue #9 §4): small headers, a body cap above every endpoint's own, and
/// minimum data rates so slow-loris clients are cut off instead of holding connections.
/// </summary>
public static class KestrelLimits
{
    public static void Apply(KestrelServerOptions options)
    {
        var limits = options.Limits;
        limits.MaxRequestHeadersTotalSize = 32 * 1024;
        limits.MaxRequestHeaderCount = 64;
        limits.MaxRequestLineSize = 8 * 1024;
        limits.MaxRequestBodySize = 8 * 1024 * 1024;
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(120);
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        options.AddServerHeader = false;
    }
}
