namespace RecoveryBot.Protocol.Connector;

/// <summary>
/// Which serviceUrls may receive our Connector token (PROTOCOL §3.2 "Security"). A plain entry matches the host and
/// its subdomains; <c>*.x</c> matches subdomains of x only. Our token only travels over https, except to loopback
/// hosts that an operator listed explicitly (local fakes).
/// </summary>
public sealed class TrustedServiceHosts
{
    /// <summary>Agents SDK defaults plus the US Gov equivalents.</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "botframework.com",
        "botframework.us",
        "smba.trafficmanager.net",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    private readonly string[] _entries;

    public TrustedServiceHosts(IEnumerable<string> extraHosts)
    {
        _entries = Defaults.Concat(extraHosts)
            .Select(h => h.Trim().TrimEnd('.').ToLowerInvariant())
            .Where(h => h.Length > 0)
            .Distinct()
            .ToArray();
    }

    public bool IsTrusted(Uri serviceUri)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        if (!serviceUri.IsAbsoluteUri || !string.IsNullOrEmpty(serviceUri.UserInfo))
        {
            return false;
        }

        var host = serviceUri.IdnHost.TrimEnd('.').ToLowerInvariant();
        var https = serviceUri.Scheme == Uri.UriSchemeHttps;
        var loopbackHttp = serviceUri.Scheme == Uri.UriSchemeHttp && serviceUri.IsLoopback;
        return _entries.Any(entry => Matches(host, entry) && (https || loopbackHttp));
    }

    private static bool Matches(string host, string entry)
    {
        if (entry.StartsWith("*.", StringComparison.Ordinal))
        {
            return host.EndsWith(entry[1..], StringComparison.Ordinal);
        }

        return host == entry || host.EndsWith("." + entry, StringComparison.Ordinal);
    }
}
