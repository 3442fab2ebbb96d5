using RecoveryBot.Protocol.Connector;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>URL building (PROTOCOL §3.3) and the outbound host allow-list (§3.2 "Security").</summary>
public sealed class UrlAndHostTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://webchat.botframework.com/", "https://webchat.botframework.com/v3/conversations/a%3A1/activities")]
    [InlineData("https://webchat.botframework.com", "https://webchat.botframework.com/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/v3/conversations/a%3A1/activities")]
    public void ServiceUrl_JoinedWithExactlyOneSlash(string serviceUrl, string expected)
    {
        ConnectorRoutes.Activities(serviceUrl, "a:1").AbsoluteUri.ShouldBe(expected);
    }

    [Fact]
    public void IdContainingSlash_StaysOneSegment()
    {
        ConnectorRoutes.Activity("https://x.botframework.com/", "a/b", "../c").AbsoluteUri
            .ShouldBe("https://x.botframework.com/v3/conversations/a%2Fb/activities/..%2Fc");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("/relative/")]
    public void BadServiceUrl_Rejected(string serviceUrl)
    {
        Should.Throw<ArgumentException>(() => ConnectorRoutes.Conversations(serviceUrl));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://europe.webchat.botframework.us/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", true)]
    [InlineData("https://teams.microsoft.com/", false)]          // "*." means subdomains only
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]  // never over plain http
    [InlineData("https://user@smba.trafficmanager.net/amer/", false)]
    [InlineData("http://localhost:56150/_connector", false)]     // loopback only when listed
    [InlineData("https://extra.example.org/", true)]
    [InlineData("https://a.b.extra.example.org/", true)]
    public void DefaultAndConfiguredHosts_DecideWhoGetsTheToken(string url, bool trusted)
    {
        new TrustedServiceHosts(["extra.example.org"]).IsTrusted(new Uri(url)).ShouldBe(trusted);
    }

    [Fact]
    public void ListedLoopback_TrustedOverHttp()
    {
        new TrustedServiceHosts(["localhost"]).IsTrusted(new Uri("http://localhost:56150/_connector")).ShouldBeTrue();
    }
}
