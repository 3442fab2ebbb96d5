using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Protocol.Connector.Tokens;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>UserAssignedMSI tokens are cached by us until five minutes before expiry (PROTOCOL §3.2).</summary>
public sealed class ManagedIdentityTokenProviderTests
{
    private sealed class CountingCredential(TimeProvider time) : TokenCredential
    {
        public List<string[]> Requests { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("async only");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Requests.Add(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken($"msi-token-{Requests.Count}", time.GetUtcNow().AddHours(1)));
        }
    }

    [Fact]
    public async Task Token_CachedUntilFiveMinutesBeforeExpiry()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var credential = new CountingCredential(time);
        using var provider = new ManagedIdentityTokenProvider(credential, "https://api.botframework.com/.default", time);

        (await provider.GetTokenAsync(CancellationToken.None)).ShouldBe("msi-token-1");
        time.Advance(TimeSpan.FromMinutes(54));
        (await provider.GetTokenAsync(CancellationToken.None)).ShouldBe("msi-token-1");
        time.Advance(TimeSpan.FromMinutes(1)); // 5 min before expiry
        (await provider.GetTokenAsync(CancellationToken.None)).ShouldBe("msi-token-2");

        credential.Requests.ShouldAllBe(scopes => scopes.Single() == "https://api.botframework.com/.default");
    }
}
