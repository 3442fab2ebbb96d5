using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>A line said before the handoff, given as context for the responder (redacted before it is stored).</summary>
public sealed record PriorLine(TranscriptAuthor Author, string Text, DateTimeOffset At);

/// <summary>What the pipeline knows when the person accepts the offer of a human.</summary>
public sealed record HandoffRequest(PersonAddress Person, RiskLevel Risk, string? Category, IReadOnlyList<string> FlowPath)
{
    /// <summary>The activity that triggered the request (handoff.initiate replyToId, PROTOCOL §6.2).</summary>
    public string? TriggeringActivityId { get; init; }
    public IReadOnlyList<PriorLine> PriorLines { get; init; } = [];
}

public enum HandoffOutcome
{
    Ok,
    NotFound,
    NotOpen,
    AlreadyClaimed,
    NotHolder,
    UnknownResponder,
}
