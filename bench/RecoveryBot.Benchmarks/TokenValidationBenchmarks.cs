using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Protocol;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Authentication;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// Bot Framework channel token validation (PROTOCOL §2.1) as every Teams activity pays it: signature (RS256, a
/// local 2048-bit key served by a loopback OpenID issuer, fetched once and cached), issuer, audience, lifetime,
/// endorsement and serviceurl checks, through the real <see cref="IInboundAuthenticator"/> registration.
/// </summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private const string AppId = "9c3b7e2a-1d4f-4a6b-8c9d-0e1f2a3b4c5d";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private FakeOpenIdIssuer _issuer = null!;
    private ServiceProvider _services = null!;
    private IInboundAuthenticator _authenticator = null!;
    private string _header = string.Empty;
    private readonly Activity _activity = new()
    {
        Type = ActivityTypes.Message,
        Id = "1763647387512",
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:1Example" },
    };

    [GlobalSetup]
    public void Setup()
    {
        _issuer = FakeOpenIdIssuer.StartAsync().GetAwaiter().GetResult();
        var key = _issuer.PublishKey("bf-key-1", "msteams", "webchat");
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "bench-secret",
            ["MicrosoftAppTenantId"] = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.MetadataUrl,
        };
        var services = new ServiceCollection().AddLogging();
        services.AddBotFrameworkProtocol(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        _services = services.BuildServiceProvider();
        _authenticator = _services.GetRequiredService<IInboundAuthenticator>();
        _header = "Bearer " + _issuer.CreateChannelToken(key, AppId, ServiceUrl, DateTimeOffset.UtcNow);

        // Warm the metadata cache and prove the token is accepted: a benchmark of a refusal would measure nothing.
        var first = _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None).GetAwaiter().GetResult();
        if (!first.Succeeded)
        {
            throw new InvalidOperationException($"Benchmark token refused: {first.Reason}");
        }
    }

    [Benchmark]
    public Task<InboundAuthResult> ValidChannelToken() => _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _issuer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
