using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests;

/// <summary>Issue #2: malformed bodies, huge bodies and wrong content types get a clear 4xx; the host keeps serving.</summary>
public sealed class BadInputTests : IClassFixture<HostFactory>
{
    private readonly HttpClient _http;

    public BadInputTests(HostFactory factory) => _http = factory.CreateClient();

    public static TheoryData<string, string, HttpStatusCode> Bodies() => new()
    {
        { "empty", "", HttpStatusCode.BadRequest },
        { "not json", "hello there", HttpStatusCode.BadRequest },
        { "truncated", """{"type":"message","text":"hi""", HttpStatusCode.BadRequest },
        { "null", "null", HttpStatusCode.BadRequest },
        { "array", "[]", HttpStatusCode.BadRequest },
        { "number", "42", HttpStatusCode.BadRequest },
        { "type is a number", """{"type":5,"channelId":"test","conversation":{"id":"c"}}""", HttpStatusCode.BadRequest },
        { "no type", """{"channelId":"test","conversation":{"id":"c"}}""", HttpStatusCode.BadRequest },
        { "empty type", """{"type":"","channelId":"test","conversation":{"id":"c"}}""", HttpStatusCode.BadRequest },
        { "no channel", """{"type":"message","conversation":{"id":"c"}}""", HttpStatusCode.BadRequest },
        { "no conversation", """{"type":"message","channelId":"test"}""", HttpStatusCode.BadRequest },
        { "conversation is null", """{"type":"message","channelId":"test","conversation":null}""", HttpStatusCode.BadRequest },
        { "conversation is a string", """{"type":"message","channelId":"test","conversation":"c"}""", HttpStatusCode.BadRequest },
        { "attachments is an object", """{"type":"message","channelId":"test","conversation":{"id":"c"},"attachments":{}}""", HttpStatusCode.BadRequest },
        { "deep nesting", """{"type":"message","channelId":"test","conversation":{"id":"c"},"channelData":""" + new string('[', 5000) + new string(']', 5000) + "}", HttpStatusCode.BadRequest },
        { "unknown type", """{"type":"somethingNew","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"}}""", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedBody_Gets4xxAndHostKeepsServing(string name, string body, HttpStatusCode expected)
    {
        using var response = await _http.PostAsync("/api/messages", BotClient.Raw(body));
        ((int)response.StatusCode).ShouldBe((int)expected, name);
        if (expected != HttpStatusCode.OK)
        {
            (await response.Content.ReadAsStringAsync()).ShouldContain("\"error\"");
        }
        await HostStillAnswers();
    }

    [Fact]
    public async Task InvalidUtf8_Gets400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type":"message","channelId":"test","conversation":{"id":"c"},"text":"X"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // a lead byte with no continuation
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync("/api/messages", content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await HostStillAnswers();
    }

    [Fact]
    public async Task HugeBody_Gets413()
    {
        var body = """{"type":"message","channelId":"test","conversation":{"id":"c"},"text":""" + "\"" + new string('a', 300 * 1024) + "\"}";
        using var response = await _http.PostAsync("/api/messages", BotClient.Raw(body));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        await HostStillAnswers();
    }

    [Fact]
    public async Task WrongContentType_Gets415()
    {
        using var response = await _http.PostAsync("/api/messages", BotClient.Raw("type=message", "application/x-www-form-urlencoded"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        await HostStillAnswers();
    }

    [Fact]
    public async Task GetOnMessages_Gets405()
    {
        using var response = await _http.GetAsync("/api/messages");
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task UnhandledInvoke_Gets501()
    {
        using var response = await _http.PostAsync("/api/messages", BotClient.Raw(
            """{"type":"invoke","name":"composeExtension/query","channelId":"msteams","conversation":{"id":"c"},"from":{"id":"u"},"serviceUrl":"http://127.0.0.1:9/"}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.NotImplemented);
    }

    private async Task HostStillAnswers()
    {
        var client = new BotClient(_http);
        var replies = await client.SayAsync("hi");
        replies.ShouldNotBeEmpty();
    }
}
