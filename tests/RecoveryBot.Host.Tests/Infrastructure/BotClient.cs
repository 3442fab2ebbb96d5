using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>
/// Talks to /api/messages like a channel that asks for replies inline (expectReplies), one conversation per
/// client. Replies are read by their content ids, never by their words.
/// </summary>
public sealed class BotClient(HttpClient http, string channelId = "test", string? conversationId = null)
{
    // Activity ids are unique within a conversation on every real channel, and the pipeline relies on it (a repeated
    // id is a redelivery, answered from the saved turn). A second client for the same conversation (after a restart)
    // must not reuse the first one's ids, so each client numbers its turns under its own prefix.
    private readonly string _idPrefix = Guid.NewGuid().ToString("N")[..8];
    private int _turn;

    public string ConversationId { get; } = conversationId ?? $"conv-{Guid.NewGuid():N}";
    public string UserId { get; } = $"user-{Guid.NewGuid():N}";
    public string Locale { get; set; } = "en-US";

    public Activity NewMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{ConversationId}-{_idPrefix}-t{Interlocked.Increment(ref _turn)}",
        ChannelId = channelId,
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = UserId, Name = "Test Person" },
        Recipient = new ChannelAccount { Id = "bot", Name = "RecoveryBot" },
        Conversation = new ConversationAccount { Id = ConversationId },
        Text = text,
        Locale = Locale,
        DeliveryMode = "expectReplies",
    };

    public async Task<IReadOnlyList<Activity>> SayAsync(string text) => await SendAsync(NewMessage(text));

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Context.Activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"/api/messages answered {(int)response.StatusCode}: {body}");
        }
        return JsonSerializer.Deserialize(body, ProtocolJson.Context.ExpectedReplies)!.Activities;
    }

    public async Task<IReadOnlyList<string>> SayIdsAsync(string text) => ContentIds(await SayAsync(text));

    public static IReadOnlyList<string> ContentIds(IEnumerable<Activity> replies) => replies
        .SelectMany(a => a.Entities ?? [])
        .Where(e => e.Type == "recoverybot.content" && e.ContentId is not null)
        .Select(e => e.ContentId!)
        .ToList();

    /// <summary>Every visible word of the replies, for checks such as "contains 988".</summary>
    public static string Corpus(IEnumerable<Activity> replies)
    {
        var text = new StringBuilder();
        foreach (var reply in replies)
        {
            text.AppendLine(reply.Text);
            foreach (var action in reply.SuggestedActions?.Actions ?? [])
            {
                text.AppendLine(action.Title);
            }
            foreach (var attachment in reply.Attachments ?? [])
            {
                text.AppendLine(attachment.Content?.GetRawText());
            }
        }
        return text.ToString();
    }

    public static HttpContent Raw(string body, string contentType = "application/json") =>
        new StringContent(body, Encoding.UTF8, contentType);
}
