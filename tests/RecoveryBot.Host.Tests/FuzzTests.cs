using System.Net.Http.Headers;
using System.Text;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests;

/// <summary>
/// Issue #9 §4: thousands of generated hostile bodies against /api/messages — 0 × 5xx, no crash, and a normal
/// conversation works afterwards. Seeded, so a failure names a reproducible case.
/// </summary>
public sealed class FuzzTests : IClassFixture<HostFactory>
{
    private const int Cases = 3000;
    private readonly HttpClient _http;

    public FuzzTests(HostFactory factory) => _http = factory.CreateClient();

    [Fact]
    public async Task ThousandsOfHostileBodies_NeverA5xx()
    {
        var random = new Random(20261125);
        var failures = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var body = HostileBodies.Next(random, i);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync("/api/messages", content);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"case {i}: {(int)response.StatusCode} for {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 200)])}");
            }
        }

        failures.ShouldBeEmpty();
        var replies = await new BotClient(_http).SayAsync("hi");
        replies.ShouldNotBeEmpty();
    }
}
