namespace RecoveryBot.Handoff.Service;

/// <summary>Settings under <c>Handoff</c>. Times in seconds so an operator can read them at a glance.</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>A crisis ticket nobody claims within this time triggers the "no one yet" notice (issue 6: 60 s).</summary>
    public int CrisisClaimSeconds { get; set; } = 60;
    public int ConcernClaimSeconds { get; set; } = 120;
    public int RoutineClaimSeconds { get; set; } = 300;

    /// <summary>After the first notice, remind the waiting person this often (and show the contacts again).</summary>
    public int ReminderSeconds { get; set; } = 300;

    /// <summary>A request still unclaimed after this long times out (0 = never).</summary>
    public int MaxWaitMinutes { get; set; } = 120;

    /// <summary>How long a claimed ticket waits for its responder's console to come back before returning to the queue.</summary>
    public int DisconnectGraceSeconds { get; set; } = 60;

    public int SweepSeconds { get; set; } = 1;

    public TeamsResponderOptions Teams { get; set; } = new();
    public ContactCenterOptions ContactCenter { get; set; } = new();

    public TimeSpan ClaimTarget(Tickets.RiskLevel risk) => TimeSpan.FromSeconds(risk switch
    {
        Tickets.RiskLevel.Crisis => CrisisClaimSeconds,
        Tickets.RiskLevel.Concern => ConcernClaimSeconds,
        _ => RoutineClaimSeconds,
    });
}

/// <summary><c>Handoff:Teams</c>: the responders' channel (PROTOCOL §5.7). All three ids are needed to post.</summary>
public sealed class TeamsResponderOptions
{
    public string? ChannelId { get; set; }
    public string? TenantId { get; set; }
    public string? ServiceUrl { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ChannelId) && !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ServiceUrl);
}

/// <summary><c>Handoff:ContactCenter</c>: emit <c>handoff.initiate</c> (PROTOCOL §6.2) for an external hub.</summary>
public sealed class ContactCenterOptions
{
    public bool Enabled { get; set; }
}
