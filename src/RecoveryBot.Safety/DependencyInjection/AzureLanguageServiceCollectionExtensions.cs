using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.SecondOpinion;

namespace RecoveryBot.Safety.DependencyInjection;

public static class AzureLanguageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SecondOpinionDetector"/> (call after <c>AddCrisisDetection</c>). Without
    /// <c>Safety:AzureLanguage:Endpoint</c> it is a pass-through (<see cref="NoSecondOpinion"/>: nothing is sent
    /// anywhere); with it, an <see cref="AzureLanguageClient"/> (key auth when <c>ApiKey</c> is set, otherwise
    /// managed identity / DefaultAzureCredential) is registered too, for sentiment and PII redaction.
    /// </summary>
    public static IServiceCollection AddAzureLanguageSecondOpinion(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new AzureLanguageOptions();
        configuration.GetSection(AzureLanguageOptions.SectionName).Bind(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        if (options.IsConfigured)
        {
            services.AddSingleton(sp => new AzureLanguageClient(options, Credential(options), sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<ISecondOpinion, AzureLanguageSecondOpinion>();
        }
        else
        {
            services.AddSingleton<ISecondOpinion, NoSecondOpinion>();
        }
        services.AddSingleton(sp => new SecondOpinionDetector(sp.GetRequiredService<CrisisDetector>(),
            sp.GetRequiredService<ISecondOpinion>(), options, sp.GetService<ILogger<SecondOpinionDetector>>(),
            sp.GetService<ICrisisDetector>()));
        return services;
    }

    private static TokenCredential? Credential(AzureLanguageOptions o) =>
        !string.IsNullOrWhiteSpace(o.ApiKey) ? null
        : !string.IsNullOrWhiteSpace(o.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId))
            : new DefaultAzureCredential();
}
