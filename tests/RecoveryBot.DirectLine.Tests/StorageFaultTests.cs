using System.Net;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>
/// Storage full or down (issue 9 faults): a message that cannot be stored is not acknowledged (503 + Retry-After,
/// the client sends it again); replies that cannot be stored still reach the open socket; never a 500.
/// </summary>
public sealed class StorageFaultTests
{
    [Fact]
    public async Task MessageCannotBeStored_503WithRetryAfter_ThenTheRetryIsAcceptedOnce()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        host.Log.FailFromCall = host.Log.AppendCalls + 1;

        var refused = await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("are you there", "c1"));

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        host.Bot.Received.ShouldNotContain(a => a.Text == "are you there", "an unstored message never reaches the bot");

        host.Log.FailFromCall = int.MaxValue;
        var accepted = await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("are you there", "c1"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var texts = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities").EnumerateArray()
            .Select(a => a.GetProperty("text").GetString()).ToList();
        texts.ShouldBe(["are you there", "echo: are you there"]);
    }

    [Fact]
    public async Task RepliesCannotBeStored_TheyStillReachTheOpenSocket()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        using var socket = await StreamTests.ConnectAsync(c.StreamUrl);
        await StreamTests.ReceiveAsync(socket); // the replay of the start
        host.Log.FailFromCall = host.Log.AppendCalls + 2; // the message is stored, its replies are not

        var response = await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("help", "c1"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the message itself was stored, so it is acknowledged");
        var seen = await StreamTests.CollectAsync(socket, a => a.Any(x => x.GetProperty("text").GetString() == "echo: help"));
        seen.First().GetProperty("text").GetString().ShouldBe("help");
    }

    [Fact]
    public async Task ConversationStartCannotBeStored_503_AndTheNextStartWorks()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var (conversationId, token, _) = await host.WidgetTokenAsync();
        host.Log.FailFromCall = host.Log.AppendCalls + 1;

        var refused = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        host.Log.FailFromCall = int.MaxValue;
        var started = await host.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        host.Bot.Received.Count(a => a.Conversation?.Id == conversationId && a.Type == "conversationUpdate").ShouldBe(1);
    }
}
