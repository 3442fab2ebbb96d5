using Azure.Core;

namespace RecoveryBot.Protocol.Connector.Tokens;

/// <summary>
/// Token of a user-assigned managed identity (client id = <c>MicrosoftAppId</c>, PROTOCOL §3.2). Azure.Identity does
/// not promise caching across calls, so the token is kept here until five minutes before it expires (or the
/// refresh time the identity endpoint suggests), measured with the injected clock.
/// </summary>
internal sealed class ManagedIdentityTokenProvider(TokenCredential credential, string scope, TimeProvider time) : IConnectorTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        if (IsFresh(_cached))
        {
            return _cached!.Value.Token;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!IsFresh(_cached))
            {
                _cached = await credential.GetTokenAsync(new TokenRequestContext([scope]), ct).ConfigureAwait(false);
            }

            return _cached!.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsFresh(AccessToken? token)
    {
        if (token is not { } t)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var refreshAt = t.RefreshOn ?? t.ExpiresOn - RefreshMargin;
        return now < refreshAt && now < t.ExpiresOn - RefreshMargin;
    }

    public void Dispose() => _gate.Dispose();
}
