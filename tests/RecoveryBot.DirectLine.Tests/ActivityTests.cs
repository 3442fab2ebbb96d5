using System.Net;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>Posting and polling (PROTOCOL §4.4–4.5).</summary>
public sealed class ActivityTests
{
    [Fact]
    public async Task PostMessage_EchoesWithServerIdClientActivityIdAndTokenUser()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        var response = await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("hello", "client-1", fromId: "impersonated"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = Json.Parse(await response.Content.ReadAsStringAsync()).GetProperty("id").GetString();
        id.ShouldBe($"{c.ConversationId}|0000002");

        var set = await host.GetActivitiesAsync(c.ConversationId, c.Token);
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        activities.Count.ShouldBe(2);
        var echo = activities[0];
        echo.GetProperty("id").GetString().ShouldBe(id);
        echo.GetProperty("from").GetProperty("id").GetString().ShouldBe(c.UserId); // overwritten from the token
        echo.GetProperty("channelData").GetProperty("clientActivityID").GetString().ShouldBe("client-1");
        echo.GetProperty("channelId").GetString().ShouldBe("directline");
        echo.GetProperty("timestamp").GetString().ShouldBe("2025-11-20T14:00:00.000Z");
        echo.GetProperty("recipient").GetProperty("id").GetString().ShouldBe("recoverybot");
        echo.GetProperty("conversation").GetProperty("id").GetString().ShouldBe(c.ConversationId);
        var reply = activities[1];
        reply.GetProperty("text").GetString().ShouldBe("echo: hello");
        reply.GetProperty("replyToId").GetString().ShouldBe(id);
        reply.GetProperty("from").GetProperty("role").GetString().ShouldBe("bot");
        string.CompareOrdinal(reply.GetProperty("timestamp").GetString(), echo.GetProperty("timestamp").GetString()).ShouldBeGreaterThan(0);
        set.GetProperty("watermark").GetString().ShouldBe("3");
        host.Bot.Received.Last().From!.Id.ShouldBe(c.UserId);
    }

    [Fact]
    public async Task PollingWithWatermark_ReturnsOnlyNewerActivities()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("one", "c1"));
        var first = await host.GetActivitiesAsync(c.ConversationId, c.Token);
        var watermark = first.GetProperty("watermark").GetString()!;
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("two", "c2"));
        var second = await host.GetActivitiesAsync(c.ConversationId, c.Token, watermark);
        second.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ShouldBe(["two", "echo: two"]);
        var none = await host.GetActivitiesAsync(c.ConversationId, c.Token, second.GetProperty("watermark").GetString()!);
        none.GetProperty("activities").GetArrayLength().ShouldBe(0);
        none.GetProperty("watermark").GetString().ShouldBe(second.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task TypingFromBot_IsNeverReturnedByPolling()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("typing", "c1"));
        var types = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("type").GetString());
        types.ShouldBe(["message", "message"]);
    }

    [Fact]
    public async Task OversizedActivity_Returns413AndStoresNothing()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxActivityBytes"] = "1024" });
        var c = await host.StartConversationAsync();
        var response = await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message(new string('x', 2000), "c1"));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Json.Parse(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString().ShouldBe("MessageSizeTooBig");
        host.Log.Count(c.ConversationId).ShouldBe(1);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"channelData\":\"primitive\"}")]
    [InlineData("")]
    public async Task MalformedActivity_Returns400(string body)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        var response = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{c.ConversationId}/activities", c.Token, body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Json.Parse(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("code").GetString().ShouldBe("BadArgument");
    }

    [Fact]
    public async Task BotFailure_Returns502ButEchoIsStored()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        (await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("boom", "c1"))).StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        var activities = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities");
        activities.GetArrayLength().ShouldBe(1);
        activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString().ShouldBe("c1");
    }

    [Fact]
    public async Task HundredPostsInASecond_AreThrottledWithRetryAfterAndEveryAcknowledgedOneIsStored()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message($"m{i}", $"c{i}"))));
        var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var throttled = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        (accepted.Count + throttled.Count).ShouldBe(100);
        accepted.Count.ShouldBe(20); // the burst; the FakeTimeProvider does not move, so nothing refills
        throttled[0].Headers.RetryAfter!.Delta.ShouldNotBeNull();
        var ids = await Task.WhenAll(accepted.Select(async r => Json.Parse(await r.Content.ReadAsStringAsync()).GetProperty("id").GetString()));
        var stored = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        ids.ShouldAllBe(id => stored.Contains(id));
        // Every echo is directly followed by its own reply: posts never interleave.
        var list = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities").EnumerateArray().ToList();
        for (var i = 0; i < list.Count; i += 2)
            list[i + 1].GetProperty("replyToId").GetString().ShouldBe(list[i].GetProperty("id").GetString());
        // After a second the bucket refills and posting works again.
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("later", "late"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostWithSecret_KeepsCallersFromId()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var start = Json.Parse(await (await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestHost.Secret)).Content.ReadAsStringAsync());
        var conversationId = start.GetProperty("conversationId").GetString()!;
        (await host.PostActivityAsync(conversationId, DirectLineTestHost.Secret, DirectLineTestHost.Message("hi", "c1", fromId: "server-user"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var echo = (await host.GetActivitiesAsync(conversationId, DirectLineTestHost.Secret)).GetProperty("activities")[0];
        echo.GetProperty("from").GetProperty("id").GetString().ShouldBe("server-user");
    }

    [Fact]
    public async Task UnknownFieldsAndEntities_SurviveTheRoundTrip()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        const string body = """{"type":"event","name":"webchat/join","value":{"language":"es"},"futureField":{"a":1},"entities":[{"type":"ClientCapabilities","requiresBotState":true}],"channelData":{"clientActivityID":"j1"}}""";
        (await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{c.ConversationId}/activities", c.Token, body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities").EnumerateArray().ToList();
        list[0].GetProperty("futureField").GetProperty("a").GetInt32().ShouldBe(1);
        list[0].GetProperty("entities")[0].GetProperty("requiresBotState").GetBoolean().ShouldBeTrue();
        list[1].GetProperty("entities")[0].GetProperty("contentId").GetString().ShouldBe("welcome/greeting");
    }
}
