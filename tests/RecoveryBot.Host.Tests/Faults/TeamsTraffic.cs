using System.Net.Http.Json;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// Teams-shaped personal-chat messages posted to /api/messages without expectReplies, so the replies travel
/// back through the (fake) Connector at <c>serviceUrl</c>, as in production.
/// </summary>
public static class TeamsTraffic
{
    public static Activity Message(string serviceUrl, string conversationId, string text, int n) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{conversationId}-m{n}",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:fault-user-" + conversationId, Name = "Test Person", AadObjectId = "6f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "RecoveryBot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "t1" },
        Text = text,
        Locale = "en-US",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, Activity activity) =>
        await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Context.Activity);

    /// <summary>
    /// Content ids of the message activities the connector accepted for one conversation, in arrival order (attempts
    /// the client abandoned on a timeout are not deliveries).
    /// </summary>
    public static IReadOnlyList<string> DeliveredIds(FakeConnector connector, string conversationId) => BotClient.ContentIds(
        connector.Requests
            .Except(connector.Abandoned)
            .Where(r => r.Method == "POST" && r.RawTarget.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
            .Select(r => r.ReadActivity())
            .Where(a => a is { Type: ActivityTypes.Message })
            .Select(a => a!));

    /// <summary>What the same text gets inline (expectReplies) in a twin conversation: the replies we expect delivered.</summary>
    public static async Task<IReadOnlyList<string>> ExpectedIdsAsync(HttpClient http, string text)
    {
        var twin = new BotClient(http, "msteams");
        return await twin.SayIdsAsync(text);
    }
}
