using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Protocol.Connector;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>
/// Real registrations (<c>AddBotFrameworkProtocol</c>) with MSAL pointed at a local https token endpoint and the
/// client pointed at a local fake connector. Retry backoff is 1 ms so only Retry-After can make a test wait.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "9c3b7e2a-1d4f-4a6b-8c9d-0e1f2a3b4c5d";
    public const string TenantId = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public const string Secret = "test-secret-value";

    private ServiceProvider? _services;

    public required FakeConnector Connector { get; init; }
    public required FakeTokenEndpoint Tokens { get; init; }
    public IConnectorClient Client => _services!.GetRequiredService<IConnectorClient>();
    public IServiceProvider Services => _services!;

    public static async Task<ConnectorHarness> StartAsync(
        string? appId = AppId, string appType = "SingleTenant", int maxRetries = 2, string[]? trustedHosts = null,
        TimeProvider? hostClock = null, TimeSpan? attemptTimeout = null)
    {
        var harness = new ConnectorHarness
        {
            Connector = await FakeConnector.StartAsync(),
            Tokens = await FakeTokenEndpoint.StartAsync(),
        };
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : Secret,
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToChannelFromBotLoginUrl"] = harness.Tokens.BaseAddress.ToString(),
            ["Connector:MaxRetryAttempts"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Connector:RetryBaseDelay"] = "00:00:00.001",
            ["Connector:RetryMaxDelay"] = "00:00:00.005",
        };
        if (attemptTimeout is { } timeout)
        {
            settings["Connector:AttemptTimeout"] = timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }
        var hosts = trustedHosts ?? ["127.0.0.1"];
        for (var i = 0; i < hosts.Length; i++)
        {
            settings[$"Connector:TrustedServiceHosts:{i}"] = hosts[i];
        }

        var services = new ServiceCollection().AddLogging();
        if (hostClock is not null)
        {
            services.AddSingleton(hostClock);
        }
        services.AddBotFrameworkProtocol(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient(ProtocolHttpClients.TokenEndpoint).ConfigurePrimaryHttpMessageHandler(harness.Tokens.CreateTrustingHandler);
        harness._services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
