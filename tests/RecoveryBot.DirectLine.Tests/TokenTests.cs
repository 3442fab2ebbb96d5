using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>PROTOCOL §4.2–4.3 / issue #5 §2: tokens bound to one conversation and one user.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task GenerateWithSecret_ReturnsConversationTokenWithUserClaim()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret, """{"user":{"id":"dl_site-user"}}""");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        body.GetProperty("expires_in").GetInt32().ShouldBe(3600);
        var jwt = new JsonWebToken(body.GetProperty("token").GetString());
        jwt.GetPayloadValue<string>("user").ShouldBe("dl_site-user");
        jwt.GetPayloadValue<string>("conv").ShouldBe(body.GetProperty("conversationId").GetString());
        body.TryGetProperty("streamUrl", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task GenerateWithoutAuthorization_Returns401()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Json.Parse(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString().ShouldBe("Unauthorized");
    }

    [Fact]
    public async Task GenerateWithWrongSecretOrWithToken_Returns403()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (_, token, _) = await host.WidgetTokenAsync();
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SecretsConfiguredAsHashes_AreAccepted()
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("rotated-secret"u8));
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:SecretHashes:0"] = hash });
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "rotated-secret")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_IssuesNewTokenForSameConversationAndUser()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (conversationId, token, userId) = await host.WidgetTokenAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        body.GetProperty("conversationId").GetString().ShouldBe(conversationId);
        var fresh = body.GetProperty("token").GetString()!;
        fresh.ShouldNotBe(token);
        new JsonWebToken(fresh).GetPayloadValue<string>("user").ShouldBe(userId);
        // The refreshed token outlives the old one.
        host.Clock.Advance(TimeSpan.FromMinutes(50));
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", fresh)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ExpiredToken_Returns403TokenExpiredAndCannotRefresh()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (conversationId, token, _) = await host.WidgetTokenAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(3601));
        var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Json.Parse(await read.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString().ShouldBe("TokenExpired");
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ForgedToken_Returns403()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (conversationId, _, _) = await host.WidgetTokenAsync();
        var otherKey = new SymmetricSecurityKey(new byte[32]);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "recoverybot-directline",
            Claims = new Dictionary<string, object> { ["conv"] = conversationId, ["user"] = "dl_attacker" },
            Expires = DateTime.UtcNow.AddYears(5),
            SigningCredentials = new SigningCredentials(otherKey, SecurityAlgorithms.HmacSha256),
        });
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", forged)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var unsigned = forged[..forged.LastIndexOf('.')] + ".";
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", unsigned)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TokenForConversationA_CannotReadOrPostToB()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var a = await host.StartConversationAsync();
        var b = await host.StartConversationAsync();
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b.ConversationId}/activities", a.Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.PostActivityAsync(b.ConversationId, a.Token, DirectLineTestHost.Message("hi", "c1"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{b.ConversationId}", a.Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        host.Log.Count(b.ConversationId).ShouldBe(1); // only its own conversationUpdate
    }

    [Fact]
    public async Task GeneratedSigningKey_IsPersistedAndReusedAfterRestart()
    {
        var folder = Directory.CreateTempSubdirectory("rb-dl-key").FullName;
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "", ["DirectLine:DataFolder"] = folder };
        string conversationId, token;
        await using (var first = await DirectLineTestHost.StartAsync(settings))
            (conversationId, token, _) = await first.WidgetTokenAsync();
        File.Exists(Path.Combine(folder, "directline-signing-key")).ShouldBeTrue();
        await using var second = await DirectLineTestHost.StartAsync(settings);
        (await second.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
