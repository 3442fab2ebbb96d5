using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>Anonymous widget tokens (issue #5 §3): fresh dl_ user, rate limit per address, CORS allow-list.</summary>
public sealed class WidgetTokenTests
{
    [Fact]
    public async Task WidgetToken_HasFreshDlUserBoundIntoToken()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (conversationId, token, userId) = await host.WidgetTokenAsync();
        var (_, _, otherUser) = await host.WidgetTokenAsync();
        userId.ShouldStartWith("dl_");
        otherUser.ShouldNotBe(userId);
        var jwt = new JsonWebToken(token);
        jwt.GetPayloadValue<string>("user").ShouldBe(userId);
        jwt.GetPayloadValue<string>("conv").ShouldBe(conversationId);
    }

    [Fact]
    public async Task TooManyTokenRequestsFromOneAddress_Return429WithRetryAfter()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["WebChat:TokenRequestsPerMinute"] = "3" });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await host.Client.PostAsync("/api/webchat/token", null);
            statuses.Add(last.StatusCode);
        }
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        last!.Headers.RetryAfter.ShouldNotBeNull();
        Json.Parse(await last.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString().ShouldBe("Throttled");
    }

    [Fact]
    public async Task TokenRateLimit_UsesForwardedAddressOnlyFromTrustedProxy()
    {
        await using var host = await DirectLineTestHost.StartAsync(new()
        {
            ["WebChat:TokenRequestsPerMinute"] = "1",
            ["WebChat:TrustedProxies:0"] = "127.0.0.1",
        });
        async Task<HttpStatusCode> From(string address)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
            request.Headers.Add("X-Forwarded-For", address);
            return (await host.Client.SendAsync(request)).StatusCode;
        }
        (await From("203.0.113.1")).ShouldBe(HttpStatusCode.OK);
        (await From("203.0.113.2")).ShouldBe(HttpStatusCode.OK);
        (await From("203.0.113.1")).ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Cors_AllowsOnlyConfiguredOrigins()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["WebChat:AllowedOrigins:0"] = "https://site.example" });
        async Task<string?> AllowedOriginFor(string origin)
        {
            var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/webchat/token");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            var response = await host.Client.SendAsync(preflight);
            return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        }
        (await AllowedOriginFor("https://site.example")).ShouldBe("https://site.example");
        (await AllowedOriginFor("https://other.example")).ShouldBeNull();
    }

    [Fact]
    public async Task GetSessionId_Returns404Json()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (_, token, _) = await host.WidgetTokenAsync();
        var response = await host.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid", token);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
