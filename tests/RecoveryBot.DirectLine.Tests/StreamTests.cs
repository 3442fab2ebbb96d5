using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>The WebSocket stream (PROTOCOL §4.5): ActivitySet frames, replay after watermark, heartbeats, collision.</summary>
public sealed class StreamTests
{
    internal static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), Timeout());
        return socket;
    }

    // A guard against hanging forever, not a timing assumption.
    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

    internal static async Task<(string Text, WebSocketReceiveResult Last)> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Timeout());
            text.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return (Encoding.UTF8.GetString(text.ToArray()), result);
    }

    /// <summary>Reads ActivitySet frames (skipping heartbeats) until the predicate holds on the collected activities.</summary>
    internal static async Task<List<JsonElement>> CollectAsync(ClientWebSocket socket, Func<List<JsonElement>, bool> done)
    {
        var all = new List<JsonElement>();
        while (!done(all))
        {
            var (text, _) = await ReceiveAsync(socket);
            if (text.Length == 0)
                continue;
            all.AddRange(Json.Parse(text).GetProperty("activities").EnumerateArray());
        }
        return all;
    }

    [Fact]
    public async Task PostedMessage_ArrivesOnSocketAsEchoThenReply()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        using var socket = await ConnectAsync(c.StreamUrl);
        var (first, _) = await ReceiveAsync(socket); // replay of the start (conversationUpdate filtered out)
        Json.Parse(first).GetProperty("activities").GetArrayLength().ShouldBe(0);
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("hi", "c1"));
        var activities = await CollectAsync(socket, a => a.Count >= 2);
        activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString().ShouldBe("c1");
        activities[0].GetProperty("id").GetString().ShouldBe($"{c.ConversationId}|0000002");
        activities[1].GetProperty("text").GetString().ShouldBe("echo: hi");
    }

    [Fact]
    public async Task ConnectWithWatermark_ReplaysOnlyMissedActivitiesInOrder()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("one", "c1"));
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("two", "c2"));
        using var socket = await ConnectAsync(c.StreamUrl + "&watermark=3");
        var (text, _) = await ReceiveAsync(socket);
        var set = Json.Parse(text);
        set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ShouldBe(["two", "echo: two"]);
        set.GetProperty("watermark").GetString().ShouldBe("5");
    }

    [Fact]
    public async Task IdleSocket_GetsEmptyHeartbeatFramesOnTheClock()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:HeartbeatSeconds"] = "30" });
        var c = await host.StartConversationAsync();
        using var socket = await ConnectAsync(c.StreamUrl);
        await ReceiveAsync(socket);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        var (heartbeat, result) = await ReceiveAsync(socket);
        heartbeat.ShouldBeEmpty();
        result.MessageType.ShouldBe(WebSocketMessageType.Text);
        // Client frames ("" every 20 s from DirectLineJS) are ignored and the socket stays usable.
        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, Timeout());
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("still there", "c9"));
        (await CollectAsync(socket, a => a.Count >= 2))[1].GetProperty("text").GetString().ShouldBe("echo: still there");
    }

    [Fact]
    public async Task ActivityStoredWithoutASignal_ArrivesWithTheNextHeartbeat()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:HeartbeatSeconds"] = "30" });
        var c = await host.StartConversationAsync();
        using var socket = await ConnectAsync(c.StreamUrl);
        await ReceiveAsync(socket);
        // Stored by an instance that died before it could publish the wake-up signal.
        var orphan = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            text = "from a responder",
            from = new { id = "recoverybot", role = "bot" },
            conversation = new { id = c.ConversationId },
        });
        await host.Log.AppendAsync(c.ConversationId, [orphan]);

        host.Clock.Advance(TimeSpan.FromSeconds(30));

        var seen = await CollectAsync(socket, a => a.Count >= 1);
        seen[0].GetProperty("text").GetString().ShouldBe("from a responder");
    }

    [Fact]
    public async Task SecondSocket_ClosesFirstWithCollision()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        using var first = await ConnectAsync(c.StreamUrl);
        await ReceiveAsync(first);
        using var second = await ConnectAsync(c.StreamUrl);
        await ReceiveAsync(second);
        var (_, closing) = await ReceiveAsync(first);
        closing.MessageType.ShouldBe(WebSocketMessageType.Close);
        closing.CloseStatusDescription.ShouldBe("collision");
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("to second", "c1"));
        (await CollectAsync(second, a => a.Count >= 2))[1].GetProperty("text").GetString().ShouldBe("echo: to second");
    }

    [Fact]
    public async Task TypingFromBot_IsPushedOnSocketBetweenEchoAndReply()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        using var socket = await ConnectAsync(c.StreamUrl);
        await ReceiveAsync(socket);
        await host.PostActivityAsync(c.ConversationId, c.Token, DirectLineTestHost.Message("typing", "c1"));
        var activities = await CollectAsync(socket, a => a.Count >= 3);
        activities.Select(a => a.GetProperty("type").GetString()).ShouldBe(["message", "typing", "message"]);
    }

    [Fact]
    public async Task StreamWithTokenOfOtherConversation_IsRejected()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var a = await host.StartConversationAsync();
        var b = await host.StartConversationAsync();
        var url = b.StreamUrl[..b.StreamUrl.IndexOf("?t=", StringComparison.Ordinal)] + "?t=" + Uri.EscapeDataString(a.Token);
        var socket = new ClientWebSocket();
        var error = await Should.ThrowAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), Timeout()));
        error.Message.ShouldContain("403");
    }
}
