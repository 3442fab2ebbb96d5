using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// A Web Chat-like Direct Line client over the in-process test server: a widget token, posts with a
/// clientActivityID, and history read with the watermark (PROTOCOL §4.5), as Web Chat does on reload.
/// </summary>
public sealed class WebChatSession
{
    private readonly HttpClient _http;
    private int _next;

    private WebChatSession(HttpClient http, string conversationId)
    {
        _http = http;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    public static async Task<WebChatSession> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json!["token"]!.GetValue<string>());
        var session = new WebChatSession(http, json["conversationId"]!.GetValue<string>());
        (await http.PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        return session;
    }

    /// <summary>Posts a message; returns its clientActivityID.</summary>
    public async Task<string> SayAsync(string text)
    {
        var clientId = $"client-{++_next}";
        var body = new JsonObject
        {
            ["type"] = "message", ["text"] = text, ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "dl_person" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientId },
        };
        using var response = await _http.PostAsJsonAsync($"/v3/directline/conversations/{ConversationId}/activities", body);
        response.EnsureSuccessStatusCode();
        return clientId;
    }

    /// <summary>The whole history from watermark 0 (what a reload shows).</summary>
    public async Task<IReadOnlyList<JsonObject>> HistoryAsync()
    {
        var set = await _http.GetFromJsonAsync<JsonObject>($"/v3/directline/conversations/{ConversationId}/activities?watermark=0");
        return set!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    public static string? ClientActivityId(JsonObject activity) =>
        activity["channelData"]?["clientActivityID"]?.GetValue<string>();

    public static string? ContentId(JsonObject activity) =>
        activity["entities"]?.AsArray().Select(e => e?["contentId"]?.GetValue<string>()).FirstOrDefault(id => id is not null);

    public static string Text(JsonObject activity) => activity["text"]?.GetValue<string>() ?? "";

    public static string ToJson(JsonObject activity) => activity.ToJsonString(new JsonSerializerOptions());
}
