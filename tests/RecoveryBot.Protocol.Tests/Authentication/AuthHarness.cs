using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Authentication;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Authentication;

/// <summary>
/// Real registrations (<c>AddBotFrameworkProtocol</c>) pointed at two local OpenID issuers — Bot Connector and
/// Entra — with keys generated for this test, and a fake clock.
/// </summary>
internal sealed class AuthHarness : IAsyncDisposable
{
    public const string AppId = "9c3b7e2a-1d4f-4a6b-8c9d-0e1f2a3b4c5d";
    public const string TenantId = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";

    private ServiceProvider? _services;

    public required FakeOpenIdIssuer Channel { get; init; }
    public required FakeOpenIdIssuer Entra { get; init; }
    public required TestSigningKey ChannelKey { get; init; }
    public required TestSigningKey EntraKey { get; init; }
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public IInboundAuthenticator Authenticator => _services!.GetRequiredService<IInboundAuthenticator>();

    public static async Task<AuthHarness> StartAsync(string? appId = AppId, string appType = "SingleTenant")
    {
        var channel = await FakeOpenIdIssuer.StartAsync(ChannelIssuer);
        var entra = await FakeOpenIdIssuer.StartAsync($"https://login.microsoftonline.com/{TenantId}/v2.0");
        var harness = new AuthHarness
        {
            Channel = channel,
            Entra = entra,
            ChannelKey = channel.PublishKey("bf-key-1", "msteams", "webchat", "directline"),
            EntraKey = entra.PublishKey("entra-key-1", endorsements: null),
        };
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "test-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = channel.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = entra.MetadataUrl,
        };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(harness.Time);
        services.AddBotFrameworkProtocol(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        harness._services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return harness;
    }

    public static Activity TeamsActivity(string channelId = "msteams", string serviceUrl = TeamsServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1763647387512",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:1Example" },
    };

    /// <summary>A channel token; every part can be spoiled by one argument.</summary>
    public string ChannelToken(
        TestSigningKey? key = null, string issuer = ChannelIssuer, string audience = AppId, string? serviceUrl = TeamsServiceUrl,
        TimeSpan? notBeforeOffset = null, TimeSpan? expiresOffset = null, string algorithm = "RS256")
    {
        var now = Time.GetUtcNow();
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return FakeOpenIdIssuer.CreateToken(key ?? ChannelKey, issuer, audience,
            now + (notBeforeOffset ?? TimeSpan.FromMinutes(-1)), now + (expiresOffset ?? TimeSpan.FromHours(1)), claims, algorithm);
    }

    public string EntraToken(string issuer, string version, string? appIdClaim, string audience = AppId, TestSigningKey? key = null)
    {
        var now = Time.GetUtcNow();
        var claims = new Dictionary<string, object> { ["tid"] = TenantId };
        if (version.Length > 0)
        {
            claims["ver"] = version;
        }

        if (appIdClaim is not null)
        {
            claims[version == "2.0" ? "azp" : "appid"] = appIdClaim;
        }

        return FakeOpenIdIssuer.CreateToken(key ?? EntraKey, issuer, audience, now.AddMinutes(-1), now.AddHours(1), claims);
    }

    public Task<InboundAuthResult> AuthenticateAsync(string? token, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(token is null ? null : "Bearer " + token, activity ?? TeamsActivity(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Channel.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
