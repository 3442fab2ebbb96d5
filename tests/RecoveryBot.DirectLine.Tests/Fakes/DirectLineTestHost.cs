using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.DirectLine.Bot;
using RecoveryBot.DirectLine.Hosting;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.DirectLine.Tests.Fakes;

/// <summary>A real Kestrel on 127.0.0.1:0 composed like production: AddDirectLine + MapDirectLine + MapWebChatWidget,
/// with the echo bot, the test log and a FakeTimeProvider swapped in.</summary>
public sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-secret-value";
    public const string SigningKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // 32 bytes, tests only

    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app, Uri baseAddress, Parts parts)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
        Clock = parts.Clock;
        Bot = parts.Bot;
        Log = parts.Log;
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public FakeTimeProvider Clock { get; }
    public EchoBot Bot { get; }
    public TestActivityLog Log { get; }

    public static async Task<DirectLineTestHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var config = new Dictionary<string, string?>
        {
            ["DirectLine:Secrets:0"] = Secret,
            ["DirectLine:TokenSigningKey"] = SigningKey,
        };
        foreach (var (k, v) in settings ?? [])
            config[k] = v;
        builder.Configuration.AddInMemoryCollection(config);
        var parts = new Parts();
        builder.Services.AddSingleton<TimeProvider>(parts.Clock);
        builder.Services.AddSingleton<IActivityLog>(parts.Log);
        builder.Services.AddSingleton<IDirectLineBot>(parts.Bot);
        builder.Services.AddDirectLine(builder.Configuration);
        var app = builder.Build();
        app.MapDirectLine();
        app.MapWebChatWidget();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new DirectLineTestHost(app, new Uri(address), parts);
    }

    public async Task<(string ConversationId, string Token, string UserId)> WidgetTokenAsync()
    {
        var response = await Client.PostAsync("/api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("userId").GetString()!);
    }

    /// <summary>Widget token + POST conversations: a started conversation.</summary>
    public async Task<(string ConversationId, string Token, string UserId, string StreamUrl)> StartConversationAsync()
    {
        var (conversationId, token, userId) = await WidgetTokenAsync();
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        response.EnsureSuccessStatusCode();
        var body = Json.Parse(await response.Content.ReadAsStringAsync());
        return (conversationId, body.GetProperty("token").GetString()!, userId, body.GetProperty("streamUrl").GetString()!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string token, object activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, JsonSerializer.Serialize(activity));

    public async Task<JsonElement> GetActivitiesAsync(string conversationId, string token, string watermark = "")
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        return Json.Parse(await response.Content.ReadAsStringAsync());
    }

    public static object Message(string text, string clientActivityId, string fromId = "someone-else") => new
    {
        type = "message",
        text,
        from = new { id = fromId, role = "user" },
        channelData = new { clientActivityID = clientActivityId },
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class Parts
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2025-11-20T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        public EchoBot Bot { get; } = new();
        public TestActivityLog Log { get; } = new();
    }
}
