using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Outbound;
using RecoveryBot.Host.Turns;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Handoffs;

/// <summary>
/// The person accepted the offer of a human, or stopped waiting. The request runs after the turn (queued per
/// conversation): it tells the person their place in line through their own channel, which a turn still in
/// progress on that channel must not block.
/// </summary>
public sealed partial class HandoffEffects(HandoffService handoffs, OrderedWorkQueue queue, ILogger<HandoffEffects> logger) : ITurnEffectHandler
{
    /// <summary>A request for a human must not be lost to a crash after the save; asking again is harmless.</summary>
    public IReadOnlySet<EffectKind> AtLeastOnce { get; } = new HashSet<EffectKind> { EffectKind.HandoffRequested, EffectKind.HandoffCancelled };

    public Task HandleAsync(TurnOutcome outcome, CancellationToken ct)
    {
        if (outcome.Has(EffectKind.HandoffRequested))
        {
            var request = RequestFor(outcome);
            _ = queue.Enqueue(QueueKey(outcome), () => Guarded(() => handoffs.RequestAsync(request, CancellationToken.None), outcome));
        }
        else if (outcome.Has(EffectKind.HandoffCancelled))
        {
            var conversationId = outcome.ConversationId;
            _ = queue.Enqueue(QueueKey(outcome), () => Guarded(() => handoffs.CancelAsync(conversationId, CancellationToken.None), outcome));
        }
        return Task.CompletedTask;
    }

    public static string QueueKey(TurnOutcome outcome) => $"effects:{outcome.ChannelId}:{outcome.ConversationId}";

    private static HandoffRequest RequestFor(TurnOutcome outcome)
    {
        var inbound = outcome.Inbound;
        var risk = outcome.After.Risk;
        var level = risk.HighestLevel switch
        {
            CrisisLevel.Crisis => RiskLevel.Crisis,
            CrisisLevel.Concern => RiskLevel.Concern,
            _ => RiskLevel.Routine,
        };
        var person = new PersonAddress(outcome.ChannelId, outcome.ConversationId, inbound.ServiceUrl ?? string.Empty,
            inbound.From?.Id ?? string.Empty, outcome.After.Dialog.Locale ?? Locales.FromActivity(inbound.Locale))
        {
            BotId = inbound.Recipient?.Id,
            TenantId = inbound.Conversation?.TenantId,
        };
        var path = outcome.Before.Dialog.Stack.Select(f => $"{f.FlowId}/{f.StepId}")
            .Concat(outcome.Turn.Replies.Select(r => r.ContentId))
            .Distinct()
            .ToList();
        return new HandoffRequest(person, level, SafetyNames.ToId(risk.LastCategory), path) { TriggeringActivityId = inbound.Id };
    }

    private async Task Guarded(Func<Task> work, TurnOutcome outcome)
    {
        try
        {
            await work();
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, outcome.ChannelId, outcome.ConversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handoff effect failed for {ChannelId}/{ConversationId}")]
    private static partial void LogFailed(ILogger logger, Exception ex, string channelId, string conversationId);
}
