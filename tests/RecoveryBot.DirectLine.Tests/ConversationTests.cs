using System.Net;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>Start, reconnect and unknown conversations (PROTOCOL §4.2).</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task StartWithToken_Returns201ThenOnRepeat200()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (conversationId, token, userId) = await host.WidgetTokenAsync();
        var first = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = Json.Parse(await first.Content.ReadAsStringAsync());
        body.GetProperty("conversationId").GetString().ShouldBe(conversationId);
        body.GetProperty("streamUrl").GetString()!.ShouldStartWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t=");
        (await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The bot saw one conversationUpdate with the user; clients never receive it.
        host.Bot.Received.Count(a => a.Type == "conversationUpdate").ShouldBe(1);
        host.Bot.Received[0].MembersAdded!.ShouldContain(m => m.Id == userId);
        (await host.GetActivitiesAsync(conversationId, token)).GetProperty("activities").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task StartWithSecret_CreatesNewConversationEachTime()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var one = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret);
        var two = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret);
        one.StatusCode.ShouldBe(HttpStatusCode.Created);
        two.StatusCode.ShouldBe(HttpStatusCode.Created);
        Json.Parse(await one.Content.ReadAsStringAsync()).GetProperty("conversationId").GetString()
            .ShouldNotBe(Json.Parse(await two.Content.ReadAsStringAsync()).GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Reconnect_ReturnsFreshTokenAndStreamUrlWithWatermark()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{c.ConversationId}?watermark=3", c.Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        body.GetProperty("conversationId").GetString().ShouldBe(c.ConversationId);
        body.GetProperty("token").GetString().ShouldNotBeNullOrEmpty();
        body.GetProperty("streamUrl").GetString()!.ShouldEndWith("&watermark=3");
    }

    [Fact]
    public async Task UnknownConversationWithSecret_Returns404()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        (await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/NoSuchConversation/activities", DirectLineTestHost.Secret)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/NoSuchConversation", DirectLineTestHost.Secret)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.PostActivityAsync("NoSuchConversation", DirectLineTestHost.Secret, DirectLineTestHost.Message("hi", "c"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NonNumericWatermark_Returns400()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        (await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{c.ConversationId}/activities?watermark=abc", c.Token)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ForwardedHeadersFromTrustedProxy_GiveWssStreamUrlOnPublicHost()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["WebChat:TrustedProxies:0"] = "127.0.0.1" });
        var (_, token, _) = await host.WidgetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "bot.example.org");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        var body = Json.Parse(await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync());
        body.GetProperty("streamUrl").GetString()!.ShouldStartWith("wss://bot.example.org/v3/directline/conversations/");
    }

    [Fact]
    public async Task ForwardedHeadersWithoutTrustedProxy_AreIgnored()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (_, token, _) = await host.WidgetTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        var body = Json.Parse(await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync());
        body.GetProperty("streamUrl").GetString()!.ShouldStartWith($"ws://{host.BaseAddress.Authority}/");
    }
}
