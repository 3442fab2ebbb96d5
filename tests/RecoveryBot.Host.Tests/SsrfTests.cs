using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Tests.Faults;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Protocol;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Host.Tests;

/// <summary>
/// Issue #9 §4, SSRF: with authentication on, a forged <c>serviceUrl</c> never receives our Connector token —
/// neither when it disagrees with the token's <c>serviceurl</c> claim (refused, PROTOCOL §2.1 step 7), nor when a
/// validly signed token names an untrusted host (replies are not sent there, PROTOCOL §3.2). A control case proves
/// the same setup does deliver, with the token, to the trusted fake Connector.
/// </summary>
public sealed class SsrfTests : IAsyncLifetime
{
    private const string AppId = "9c3b7e2a-1d4f-4a6b-8c9d-0e1f2a3b4c5d";
    private FakeOpenIdIssuer _issuer = null!;
    private TestSigningKey _key = null!;
    private FakeTokenEndpoint _tokens = null!;
    private FakeConnector _connector = null!;
    private RecordingTcpListener _forged = null!;
    private HostFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeOpenIdIssuer.StartAsync();
        _key = _issuer.PublishKey("bf-key-1", "msteams");
        _tokens = await FakeTokenEndpoint.StartAsync();
        _connector = await FakeConnector.StartAsync();
        // 127.0.0.2 is loopback too (Linux answers all of 127/8) but is not a trusted host.
        _forged = new RecordingTcpListener(IPAddress.Parse("127.0.0.2"));
        _factory = new HostFactory()
            .With("MicrosoftAppType", "SingleTenant")
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret")
            .With("MicrosoftAppTenantId", "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
            .With("ToBotFromChannelOpenIdMetadataUrl", _issuer.MetadataUrl)
            .With("ToChannelFromBotLoginUrl", _tokens.BaseAddress.ToString())
            .With("Connector:TrustedServiceHosts:0", "127.0.0.1")
            .With("Connector:RetryBaseDelay", "00:00:00.010")
            .With("Connector:RetryMaxDelay", "00:00:00.050")
            .WithServices(s => s.AddHttpClient(ProtocolHttpClients.TokenEndpoint).ConfigurePrimaryHttpMessageHandler(_tokens.CreateTrustingHandler));
        _http = _factory.CreateClient();
    }

    [Fact]
    public async Task TrustedServiceUrl_Control_RepliesCarryOurToken()
    {
        var activity = TeamsTraffic.Message(_connector.ServiceUrl, "a:control", "hi", 1);

        (await PostAsync(activity, tokenServiceUrl: _connector.ServiceUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _connector.Received.WaitForAsync(2, TimeSpan.FromSeconds(20));

        _connector.Requests.ShouldAllBe(r => r.Authorization == "Bearer " + FakeTokenEndpoint.TokenValue(1));
    }

    [Theory]
    [InlineData("http://169.254.169.254/")]
    [InlineData("forged-listener")]
    public async Task ServiceUrlDiffersFromTokenClaim_RefusedAndNothingSent(string forged)
    {
        var serviceUrl = forged == "forged-listener" ? _forged.BaseAddress.ToString() : forged;
        var activity = TeamsTraffic.Message(serviceUrl, "a:forged-claim", "hi", 1);

        var response = await PostAsync(activity, tokenServiceUrl: _connector.ServiceUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await _factory.Services.GetRequiredService<Outbound.OrderedWorkQueue>().DrainAsync();
        _forged.Connections.ShouldBe(0);
        _connector.Requests.ShouldBeEmpty();
        _tokens.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task SignedTokenNamesUntrustedHost_TurnRunsButNoReplyOrTokenLeavesForIt()
    {
        var serviceUrl = _forged.BaseAddress.ToString();
        var activity = TeamsTraffic.Message(serviceUrl, "a:untrusted", "hi", 1);

        var response = await PostAsync(activity, tokenServiceUrl: serviceUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await _factory.Services.GetRequiredService<Outbound.OrderedWorkQueue>().DrainAsync();
        _forged.Connections.ShouldBe(0);
        _forged.Received.ShouldNotContain("Bearer");
        _connector.Requests.ShouldBeEmpty();
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string tokenServiceUrl)
    {
        var token = _issuer.CreateChannelToken(_key, AppId, tokenServiceUrl, DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, ProtocolJson.Context.Activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _forged.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
        await _issuer.DisposeAsync();
    }
}
