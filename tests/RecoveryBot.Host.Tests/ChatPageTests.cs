using System.Text.Json;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests;

/// <summary>The chat page carries its Quick exit target, so the button works before the page's first request returns;
/// a target that is not an absolute http(s) address falls back to the neutral default, in the page and in the config.</summary>
public sealed class ChatPageTests
{
    [Fact]
    public async Task ChatPage_CarriesTheConfiguredQuickExitTarget_HtmlEncoded()
    {
        using var factory = new HostFactory().With("WebChat:QuickExitUrl", "https://neutral.example/news?a=1&b=\"2\"");
        var http = factory.CreateClient();

        var page = await http.GetStringAsync("/chat");

        page.ShouldContain("<meta name=\"rb-quick-exit\" content=\"https://neutral.example/news?a=1&amp;b=%222%22\">");
        (await ConfiguredTargetAsync(http)).ShouldBe("https://neutral.example/news?a=1&b=%222%22");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("neutral.example/weather")]
    [InlineData("")]
    public async Task NotAnAbsoluteWebAddress_FallsBackToTheDefault(string configured)
    {
        using var factory = new HostFactory().With("WebChat:QuickExitUrl", configured);
        var http = factory.CreateClient();

        var page = await http.GetStringAsync("/");

        page.ShouldContain("<meta name=\"rb-quick-exit\" content=\"https://www.google.com/search?q=weather\">");
        page.ShouldNotContain("javascript:");
        (await ConfiguredTargetAsync(http)).ShouldBe("https://www.google.com/search?q=weather");
    }

    private static async Task<string?> ConfiguredTargetAsync(HttpClient http)
    {
        using var config = JsonDocument.Parse(await http.GetStringAsync("/api/webchat/config"));
        return config.RootElement.GetProperty("quickExitUrl").GetString();
    }
}
