using RecoveryBot.DirectLine.Bot;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Host.Handoffs;
using RecoveryBot.Host.Insights;
using RecoveryBot.Host.Messages;
using RecoveryBot.Host.Outbound;
using RecoveryBot.Host.Rendering;
using RecoveryBot.Host.Teams;
using RecoveryBot.Host.Turns;
using RecoveryBot.Handoff.Teams;

namespace RecoveryBot.Host.Composition;

/// <summary>Registers the host's own parts: the turn pipeline, the renderer, /api/messages and reply delivery.</summary>
public static class TurnServices
{
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotEndpointOptions>().Bind(configuration.GetSection(BotEndpointOptions.Section))
            .Validate(o => o.MaxRequestBodyBytes is > 1024 and <= 16 * 1024 * 1024, "Bot:MaxRequestBodyBytes must be between 1 KB and 16 MB.")
            .ValidateOnStart();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<TurnEffects>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<InvokeHandlers>();
        services.AddSingleton<InboundGate>();
        services.AddSingleton<OrderedWorkQueue>();
        services.AddOutbox(configuration);
        services.AddSingleton<IDirectLineBot, DirectLineTurnBot>();
        services.AddSingleton<IPersonChannel, PersonChannel>();
        services.AddSingleton<IResponderChannel, ConnectorResponderChannel>();
        services.AddSingleton<HandoffRelay>();
        services.AddSingleton<TeamsGroupScope>();
        services.AddSingleton<ITurnEffectHandler, SafetyAudit>();
        services.AddSingleton<ITurnEffectHandler, HandoffEffects>();
        services.AddSingleton<ITurnEffectHandler, DataDeletion>();
        services.AddProgrammeInsights();
        return services;
    }
}
