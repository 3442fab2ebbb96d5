using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace RecoveryBot.DirectLineLoad.Soak;

/// <summary>The three Direct Line 3.0 calls a Web Chat client makes (PROTOCOL §4): token, conversation, post.</summary>
public static class DirectLineCalls
{
    public static async Task<(string Token, string UserId)> GenerateTokenAsync(HttpClient http, string secret, string userId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return (json.RootElement.GetProperty("token").GetString()!, userId);
    }

    public static async Task<(string ConversationId, string StreamUrl)> StartConversationAsync(HttpClient http, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("streamUrl").GetString()!);
    }

    /// <returns>The HTTP status (0 when the connection failed).</returns>
    public static async Task<int> PostAsync(HttpClient http, string token, string conversationId, string userId, string text, string clientId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                type = "message",
                from = new { id = userId },
                text,
                locale = "en-US",
                channelData = new { clientActivityID = clientId },
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
