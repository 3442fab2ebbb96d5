using RecoveryBot.Protocol.Authentication;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Authentication;

/// <summary>Bot Connector tokens, PROTOCOL §2.1 steps 1–8, one spoiled part per test.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private AuthHarness _h = null!;

    public async Task InitializeAsync() => _h = await AuthHarness.StartAsync();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ValidChannelToken_AcceptedWithAzureCallerId()
    {
        var activity = AuthHarness.TeamsActivity();

        var result = await _h.AuthenticateAsync(_h.ChannelToken(), activity);

        result.ShouldBe(new InboundAuthResult(true, 200, null, "urn:botframework:azure"));
        activity.CallerId.ShouldBe("urn:botframework:azure");
        _h.Authenticator.IsDisabled.ShouldBeFalse();
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task OtherAllowedRsaAlgorithms_Accepted(string algorithm)
    {
        (await _h.AuthenticateAsync(_h.ChannelToken(algorithm: algorithm))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task WrongIssuer_Unauthorized()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(issuer: "https://api.botframework.com.evil.example"));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("issuer not accepted");
    }

    [Fact]
    public async Task WrongAudience_Unauthorized()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(audience: "11111111-2222-3333-4444-555555555555"));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("audience is not this bot's app id");
    }

    [Fact]
    public async Task ExpiredBeyondFiveMinuteSkew_Unauthorized()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(notBeforeOffset: TimeSpan.FromHours(-2), expiresOffset: TimeSpan.FromMinutes(-6)));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("token expired");
    }

    [Fact]
    public async Task ExpiredWithinSkew_AcceptedThenRefusedAsTheClockMoves()
    {
        var token = _h.ChannelToken(expiresOffset: TimeSpan.FromMinutes(1));

        _h.Time.Advance(TimeSpan.FromMinutes(5)); // expired 4 min ago: inside the 5 min skew
        (await _h.AuthenticateAsync(token)).Succeeded.ShouldBeTrue();

        _h.Time.Advance(TimeSpan.FromMinutes(2)); // expired 6 min ago
        (await _h.AuthenticateAsync(token)).Reason.ShouldBe("token expired");
    }

    [Fact]
    public async Task NotYetValidBeyondSkew_Unauthorized()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(notBeforeOffset: TimeSpan.FromMinutes(10)));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("token not yet valid");
    }

    [Fact]
    public async Task SignedByAnotherKeyWithThePublishedKid_Unauthorized()
    {
        var impostor = TestSigningKey.Create(_h.ChannelKey.Kid, ["msteams"]);

        var result = await _h.AuthenticateAsync(_h.ChannelToken(key: impostor));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("signature invalid");
    }

    [Fact]
    public async Task UnknownKid_RefreshesKeysThenUnauthorized()
    {
        (await _h.AuthenticateAsync(_h.ChannelToken())).Succeeded.ShouldBeTrue();
        var fetchesBefore = _h.Channel.MetadataRequests.Count;
        var unknown = TestSigningKey.Create("bf-key-unknown", ["msteams"]);

        var result = await _h.AuthenticateAsync(_h.ChannelToken(key: unknown));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("signing key not found; key refresh requested");
        await _h.Channel.MetadataRequests.WaitForAsync(fetchesBefore + 1, TimeSpan.FromSeconds(10));
        await _h.Channel.KeysRequests.WaitForAsync(3, TimeSpan.FromSeconds(10)); // keys, endorsements, refreshed keys
    }

    [Fact]
    public async Task KeyNotEndorsedForTheActivityChannel_Forbidden()
    {
        var webchatOnly = _h.Channel.PublishKey("bf-key-webchat", "webchat");

        var result = await _h.AuthenticateAsync(_h.ChannelToken(key: webchatOnly));

        result.StatusCode.ShouldBe(403);
        result.Reason.ShouldBe("signing key not endorsed for channel 'msteams'");
    }

    [Fact]
    public async Task KeyWithoutEndorsements_ForbiddenForChannelTokens()
    {
        var bare = _h.Channel.PublishKey("bf-key-bare", endorsements: null);

        (await _h.AuthenticateAsync(_h.ChannelToken(key: bare))).StatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task EndorsedChannel_IsTheOneOnTheActivity()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(), AuthHarness.TeamsActivity(channelId: "slack"));

        result.StatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task ServiceUrlClaimMismatch_Unauthorized()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(serviceUrl: "https://smba.trafficmanager.net/amer/"));

        result.StatusCode.ShouldBe(401);
        result.Reason.ShouldBe("serviceurl claim does not match the activity's serviceUrl");
    }

    [Fact]
    public async Task ServiceUrlClaimMissing_Unauthorized()
    {
        (await _h.AuthenticateAsync(_h.ChannelToken(serviceUrl: null))).StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task ServiceUrlClaimDiffersOnlyInCase_Accepted()
    {
        var result = await _h.AuthenticateAsync(_h.ChannelToken(serviceUrl: AuthHarness.TeamsServiceUrl.ToUpperInvariant()));

        result.Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, "missing Authorization header")]
    [InlineData("", "missing Authorization header")]
    [InlineData("Basic dXNlcjpwYXNz", "Authorization scheme is not Bearer")]
    [InlineData("Bearer not-a-jwt", "token malformed")]
    public async Task MissingOrMalformedHeader_Unauthorized(string? header, string reason)
    {
        var result = await _h.Authenticator.AuthenticateAsync(header, AuthHarness.TeamsActivity(), CancellationToken.None);

        result.ShouldBe(new InboundAuthResult(false, 401, reason, null));
    }

    [Fact]
    public async Task RefusedActivity_GetsNoCallerId()
    {
        var activity = AuthHarness.TeamsActivity();

        await _h.AuthenticateAsync(_h.ChannelToken(audience: "someone-else"), activity);

        activity.CallerId.ShouldBeNull();
    }
}
