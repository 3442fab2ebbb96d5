using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Protocol.Authentication;
using RecoveryBot.Protocol.Configuration;
using RecoveryBot.Protocol.Connector;
using RecoveryBot.Protocol.Connector.Tokens;

namespace RecoveryBot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol layer: <see cref="BotFrameworkOptions"/> bound from the configuration root
    /// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, metadata/login overrides) and
    /// validated on start, <see cref="ConnectorOptions"/> from section <c>Connector</c>, <see cref="IInboundAuthenticator"/>,
    /// <see cref="IConnectorClient"/> (typed HttpClient with retries), the token provider for the app type, and
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is already registered, and a hosted service that logs the
    /// authentication mode once at start (a warning when it is disabled).
    /// </summary>
    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .Validate(o => o.MaxRetryAttempts is >= 0 and <= 10, "Connector:MaxRetryAttempts must be 0..10")
            .ValidateOnStart();

        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        services.AddHostedService<AuthenticationModeLogger>();

        services.TryAddSingleton(sp => new TrustedServiceHosts(sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.TrustedServiceHosts));
        services.TryAddSingleton(CreateTokenProvider);

        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .AddResilienceHandler("connector", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
                var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorRetry));
                ConnectorRetry.Configure(builder, options, logger);
            });

        return services;
    }

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (options.IsAuthenticationDisabled)
        {
            return new NoConnectorTokenProvider();
        }

        return options.AppType switch
        {
            MicrosoftAppType.UserAssignedMSI => new ManagedIdentityTokenProvider(
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId)),
                ConnectorAuthority.Scope(options),
                sp.GetRequiredService<TimeProvider>()),
            _ => new MsalConnectorTokenProvider(options, new MsalHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>())),
        };
    }
}
