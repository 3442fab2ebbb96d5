using System.Net.Http.Json;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Host.Tests;

/// <summary>
/// Issue #2 §4/§6: a Teams message without expectReplies is acknowledged with 200 and answered through the
/// Connector — typing first, then the replies in order, to the conversation's encoded path.
/// </summary>
public sealed class ConnectorDeliveryTests
{
    [Fact]
    public async Task TeamsMessage_RepliesArriveThroughTheConnectorInOrder()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var factory = new HostFactory();
        var http = factory.CreateClient();
        const string conversationId = "a:1Example;messageid=17@thread";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1763647387512",
            ChannelId = "msteams",
            ServiceUrl = connector.ServiceUrl,
            From = new ChannelAccount { Id = "29:user", Name = "Alex" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "RecoveryBot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "t" },
            Text = "hi",
            Locale = "en-US",
        };

        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Context.Activity);
        response.IsSuccessStatusCode.ShouldBeTrue();

        await connector.Received.WaitForAsync(4, TimeSpan.FromSeconds(20));
        var requests = connector.Requests;
        var encoded = Uri.EscapeDataString(conversationId);
        requests.ShouldAllBe(r => r.RawTarget.StartsWith($"/amer/v3/conversations/{encoded}/activities", StringComparison.Ordinal));
        requests[0].ReadActivity()!.Type.ShouldBe(ActivityTypes.Typing);
        var messages = requests.Skip(1).Select(r => r.ReadActivity()!).ToList();
        messages.ShouldAllBe(m => m.Type == ActivityTypes.Message && m.ReplyToId == activity.Id);
        // Teams gets no content-id entity; the welcome reply comes first, the menu last.
        messages.ShouldAllBe(m => m.Entities == null || m.Entities.All(e => e.Type != "recoverybot.content"));
        requests.ShouldAllBe(r => r.Authorization == null); // authentication is off: no token leaves the host
    }
}
