using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RecoveryBot.DirectLine.Tests.Fakes;

namespace RecoveryBot.DirectLine.Tests;

/// <summary>Upload (PROTOCOL §4.2): accepted with file names only, or a clear 4xx — never a hang.</summary>
public sealed class UploadTests
{
    private static MultipartFormDataContent Form(string activityJson, byte[] file)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(activityJson, Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(content, "file", "photo.png");
        return form;
    }

    private static HttpRequestMessage Upload(string conversationId, string token, HttpContent content) =>
        new(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=x") { Content = content, Headers = { Authorization = new("Bearer", token) } };

    [Fact]
    public async Task MultipartUpload_IsDeliveredWithFileNameButNoContent()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        var response = await host.Client.SendAsync(Upload(c.ConversationId, c.Token, Form("""{"type":"message","channelData":{"clientActivityID":"u1"}}""", new byte[1000])));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var echo = (await host.GetActivitiesAsync(c.ConversationId, c.Token)).GetProperty("activities")[0];
        echo.GetProperty("channelData").GetProperty("clientActivityID").GetString().ShouldBe("u1");
        var attachment = echo.GetProperty("attachments")[0];
        attachment.GetProperty("name").GetString().ShouldBe("photo.png");
        attachment.GetProperty("contentType").GetString().ShouldBe("image/png");
        attachment.TryGetProperty("contentUrl", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task OversizedUpload_Returns413()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxUploadBytes"] = "10000" });
        var c = await host.StartConversationAsync();
        var response = await host.Client.SendAsync(Upload(c.ConversationId, c.Token, Form("""{"type":"message"}""", new byte[50_000])));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        host.Log.Count(c.ConversationId).ShouldBe(1);
    }

    [Fact]
    public async Task NonMultipartUpload_Returns415WithReason()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var c = await host.StartConversationAsync();
        var response = await host.Client.SendAsync(Upload(c.ConversationId, c.Token, new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("image/png") } }));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        Json.Parse(await response.Content.ReadAsStringAsync()).GetProperty("error").GetProperty("message").GetString()!.ShouldContain("multipart");
    }
}
