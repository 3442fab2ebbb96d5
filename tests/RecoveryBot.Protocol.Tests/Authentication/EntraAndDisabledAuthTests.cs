using RecoveryBot.Protocol.Authentication;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Authentication;

/// <summary>Entra-issued tokens (PROTOCOL §2.2) and the no-app-id development mode (§2.3).</summary>
public sealed class EntraAndDisabledAuthTests
{
    private const string WellKnownTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    [Fact]
    public async Task EntraV1TokenOfWellKnownTenant_WithOurAppId_Accepted()
    {
        await using var h = await AuthHarness.StartAsync();

        var result = await h.AuthenticateAsync(h.EntraToken($"https://sts.windows.net/{WellKnownTenant}/", "1.0", AuthHarness.AppId));

        result.ShouldBe(new InboundAuthResult(true, 200, null, "urn:botframework:azure"));
    }

    [Fact]
    public async Task EntraV2TokenOfOurTenant_WithOurAzp_Accepted()
    {
        await using var h = await AuthHarness.StartAsync();

        var result = await h.AuthenticateAsync(
            h.EntraToken($"https://login.microsoftonline.com/{AuthHarness.TenantId}/v2.0", "2.0", AuthHarness.AppId));

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task EntraV2TokenMintedForAnotherApp_Unauthorized()
    {
        await using var h = await AuthHarness.StartAsync();

        var result = await h.AuthenticateAsync(
            h.EntraToken($"https://login.microsoftonline.com/{WellKnownTenant}/v2.0", "2.0", "0f0f0f0f-0000-0000-0000-000000000000"));

        result.ShouldBe(new InboundAuthResult(false, 401, "azp claim is not this bot's app id", null));
    }

    [Fact]
    public async Task EntraV1TokenWithoutAppId_Unauthorized()
    {
        await using var h = await AuthHarness.StartAsync();

        var result = await h.AuthenticateAsync(h.EntraToken($"https://sts.windows.net/{WellKnownTenant}/", "1.0", appIdClaim: null));

        result.Reason.ShouldBe("appid claim is not this bot's app id");
    }

    [Fact]
    public async Task EntraTokenWithoutVersion_Unauthorized()
    {
        await using var h = await AuthHarness.StartAsync();

        var result = await h.AuthenticateAsync(h.EntraToken($"https://sts.windows.net/{WellKnownTenant}/", "", AuthHarness.AppId));

        result.Reason.ShouldBe("token version claim missing or unknown");
    }

    [Fact]
    public async Task EntraTokenOfAnUnknownTenant_Unauthorized()
    {
        await using var h = await AuthHarness.StartAsync();

        var result = await h.AuthenticateAsync(
            h.EntraToken("https://sts.windows.net/00000000-1111-2222-3333-444444444444/", "1.0", AuthHarness.AppId));

        result.Reason.ShouldBe("issuer not accepted");
    }

    [Fact]
    public async Task MultiTenantBot_DoesNotTrustTheTenantSetting()
    {
        // §3.1: MicrosoftAppTenantId is ignored for MultiTenant, so its issuer is not added.
        await using var h = await AuthHarness.StartAsync(appType: "MultiTenant");

        var result = await h.AuthenticateAsync(
            h.EntraToken($"https://login.microsoftonline.com/{AuthHarness.TenantId}/v2.0", "2.0", AuthHarness.AppId));

        result.Reason.ShouldBe("issuer not accepted");
    }

    [Fact]
    public async Task EntraTokenSignedWithUnpublishedKey_Unauthorized()
    {
        await using var h = await AuthHarness.StartAsync();
        var impostor = TestSigningKey.Create(h.EntraKey.Kid);

        var result = await h.AuthenticateAsync(
            h.EntraToken($"https://sts.windows.net/{WellKnownTenant}/", "1.0", AuthHarness.AppId, key: impostor));

        result.Reason.ShouldBe("signature invalid");
    }

    [Fact]
    public async Task NoAppId_RequestWithoutHeader_AcceptedAnonymously()
    {
        await using var h = await AuthHarness.StartAsync(appId: null);

        var result = await h.AuthenticateAsync(token: null);

        h.Authenticator.IsDisabled.ShouldBeTrue();
        result.Succeeded.ShouldBeTrue();
        result.CallerId.ShouldBeNull();
    }

    [Fact]
    public async Task NoAppId_RequestWithToken_StillUnauthorized()
    {
        await using var h = await AuthHarness.StartAsync(appId: null);

        var result = await h.AuthenticateAsync(h.ChannelToken());

        result.StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task MetadataUnreachable_ServiceUnavailableNotCrash()
    {
        var h = await AuthHarness.StartAsync();
        await h.Channel.DisposeAsync(); // the issuer goes away before the first fetch

        var result = await h.AuthenticateAsync(h.ChannelToken());

        result.ShouldBe(new InboundAuthResult(false, 503, "signing keys unavailable", null));
        await h.DisposeAsync();
    }
}
