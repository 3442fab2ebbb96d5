namespace RecoveryBot.Handoff.Tickets;

/// <summary>
/// One request for a human (ARCHITECTURE §7), stored as JSON under <c>handoff:ticket:{id}</c>. Every change goes
/// through an ETag compare-and-set, so two responders claiming at once cannot both win.
/// </summary>
public sealed class Ticket
{
    public required string Id { get; init; }
    public required PersonAddress Person { get; init; }
    public RiskLevel Risk { get; set; }
    public string? Category { get; set; }
    /// <summary>Content ids the person walked through before asking (ARCHITECTURE §5).</summary>
    public List<string> FlowPath { get; set; } = [];
    public TicketState State { get; set; } = TicketState.Requested;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public string? ClaimedByName { get; set; }
    public List<TransferRecord> Transfers { get; set; } = [];

    /// <summary>Set when the person said something the safety layer rated crisis during the handoff.</summary>
    public bool CrisisAlert { get; set; }

    /// <summary>How many "nobody has claimed yet" notices the person has had; the sweeper sends the next one.</summary>
    public int WaitNotices { get; set; }
    public DateTimeOffset? NextWaitNoticeAt { get; set; }
    public int? LastToldPosition { get; set; }

    /// <summary>When the holder's last console connection dropped; cleared on reconnect.</summary>
    public DateTimeOffset? HolderDisconnectedAt { get; set; }

    /// <summary>The alert card in the Teams responders' channel (PROTOCOL §5.7), when one was posted.</summary>
    public string? TeamsThreadId { get; set; }
    public string? TeamsCardActivityId { get; set; }

    /// <summary>True while an external contact centre (PROTOCOL §6.2) holds the conversation.</summary>
    public bool HeldByContactCenter { get; set; }

    public string Channel => Person.ChannelId;
    public string Locale => Person.Locale;

    public TimeSpan WaitingFor(DateTimeOffset now) => (ClaimedAt ?? ClosedAt ?? now) - RequestedAt;
}
