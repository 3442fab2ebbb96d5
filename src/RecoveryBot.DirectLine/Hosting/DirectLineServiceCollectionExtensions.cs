using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.DirectLine.Streaming;
using RecoveryBot.DirectLine.Tokens;

namespace RecoveryBot.DirectLine.Hosting;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The Direct Line 3.0 server and the widget's token endpoint. Needs an <c>IDirectLineBot</c> registration (the
    /// host's turn pipeline). Uses a registered <c>IActivityLog</c>/<c>IRecordStore</c> when there is one, whatever
    /// the registration order; <see cref="IConversationFeed"/> defaults to in-process (TryAdd: register a
    /// PostgreSQL one first to replace it).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section))
            .Validate(o => o.TokenLifetimeSeconds > 900, "DirectLine:TokenLifetimeSeconds must exceed 900 (DirectLineJS refreshes every 15 minutes).")
            .Validate(o => o.MaxActivityBytes > 0 && o.MaxUploadBytes > 0 && o.PostsPerSecond > 0 && o.PostBurst > 0, "DirectLine limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.Section))
            .Validate(o => o.TokenRequestsPerMinute > 0, "WebChat:TokenRequestsPerMinute must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationFeed, InMemoryConversationFeed>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<SecretVerifier>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<CallerAuthenticator>();
        services.AddSingleton<ConversationLog>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<ActivityStamper>();
        services.AddSingleton<RetriedPosts>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<StreamRegistry>();

        var webChat = configuration.GetSection(WebChatOptions.Section).Get<WebChatOptions>() ?? new WebChatOptions();
        services.AddCors(cors => cors.AddPolicy(WebChatCors.PolicyName, policy =>
        {
            if (webChat.AllowedOrigins.Count > 0)
                policy.WithOrigins([.. webChat.AllowedOrigins]).WithMethods("GET", "POST", "OPTIONS")
                    .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent"); // PROTOCOL §4.7
        }));
        services.Configure<ForwardedHeadersOptions>(forwarded => ConfigureForwarded(forwarded, webChat.TrustedProxies));
        services.AddWebChatTokenRateLimiter(webChat);
        return services;
    }

    // Only the configured proxies are believed; the framework's default (loopback) is cleared.
    private static void ConfigureForwarded(ForwardedHeadersOptions options, List<string> proxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in proxies.SelectMany(p => p.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (entry.Contains('/'))
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else
                options.KnownProxies.Add(IPAddress.Parse(entry));
        }
    }
}

public static class WebChatCors
{
    public const string PolicyName = "recoverybot-webchat";
}
