using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.ContactCenter;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Handoff;

public static class HandoffServiceCollectionExtensions
{
    /// <summary>
    /// Tickets, queue, relay, SLA sweeper, accounts, Teams responders' channel and contact-centre bridge.
    /// Needs from the host: <c>IRecordStore</c> and <c>IPersonChannel</c>; optionally <c>IResponderChannel</c>
    /// (Teams posting) and a <c>TimeProvider</c> (defaults to the system clock). Loads staff.yaml from
    /// <paramref name="dialogsDirectory"/> now (see <see cref="StaffWordsFile"/>): a missing or incomplete file stops
    /// start-up with the list of problems.
    /// </summary>
    public static IServiceCollection AddHandoff(this IServiceCollection services, IConfiguration configuration, string dialogsDirectory)
    {
        services.AddOptions<HandoffOptions>().Bind(configuration.GetSection(HandoffOptions.Section))
            .Validate(o => o.CrisisClaimSeconds > 0 && o.ConcernClaimSeconds > 0 && o.RoutineClaimSeconds > 0
                && o.ReminderSeconds > 0 && o.DisconnectGraceSeconds >= 0 && o.MaxWaitMinutes >= 0,
                "Handoff timings must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(StaffWords.Load(StaffWordsFile.Locate(configuration, dialogsDirectory)));
        services.AddOptions<ResponderLockoutOptions>().Bind(configuration.GetSection("Responders:Lockout"));
        services.AddHandoffCore();
        services.AddHostedService<HandoffSweeper>();
        return services;
    }

    /// <summary>
    /// The storage-backed parts without hosted services (the CLI uses this). Staff words are not loaded here: the
    /// CLI shows none, and the Teams publisher takes them only when AddHandoff registered them.
    /// </summary>
    public static IServiceCollection AddHandoffCore(this IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JsonRecords>();
        services.TryAddSingleton<OpenTicketIndex>();
        services.TryAddSingleton<TicketRepository>();
        services.TryAddSingleton<TranscriptStore>();
        services.TryAddSingleton<RecoveryBot.Handoff.Privacy.HandoffErasure>();
        services.TryAddSingleton<HandoffAudit>();
        services.TryAddSingleton<IHandoffNotifier, InProcessHandoffNotifier>();
        services.TryAddSingleton<IPasswordHasher<ResponderAccount>, PasswordHasher<ResponderAccount>>();
        services.TryAddSingleton<ResponderAccountStore>();
        services.TryAddSingleton<IResponderDirectory>(sp => sp.GetRequiredService<ResponderAccountStore>());
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddSingleton<TeamsAlertPublisher>();
        services.TryAddSingleton<TeamsResponderChannelHandler>();
        services.TryAddSingleton<ContactCenterBridge>();
        services.TryAddSingleton<HandoffService>();
        return services;
    }
}
