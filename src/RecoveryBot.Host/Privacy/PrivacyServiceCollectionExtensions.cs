using RecoveryBot.Storage.Privacy;

namespace RecoveryBot.Host.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Redaction before storing (<see cref="ITextRedactor"/>: regex, plus Azure AI Language PII when configured) and
    /// "delete my data" (<see cref="ConversationEraser"/>). Section <c>Privacy</c>.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(o => o.DeletionGrace >= TimeSpan.Zero && o.DeletionGrace <= TimeSpan.FromHours(1), "Privacy:DeletionGrace must be between 0 and 1 hour.")
            .ValidateOnStart();
        services.AddSingleton<ITextRedactor, PersonTextRedactor>();
        services.AddSingleton<ConversationEraser>();
        return services;
    }
}
