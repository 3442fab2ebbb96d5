using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Host.Handoffs;
using RecoveryBot.Host.Outbound;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// "Delete my data": the conversation record is removed by the pipeline itself (instead of being saved); this
/// removes the rest — the Direct Line log and any open handoff — after the confirmation has gone out.
/// </summary>
public sealed class DataDeletion(IActivityLog activityLog, HandoffService handoffs, OrderedWorkQueue queue) : ITurnEffectHandler
{
    public Task HandleAsync(TurnOutcome outcome, CancellationToken ct)
    {
        if (outcome.Has(EffectKind.DeleteDataRequested))
        {
            var conversationId = outcome.ConversationId;
            _ = queue.Enqueue(HandoffEffects.QueueKey(outcome), async () =>
            {
                await handoffs.CancelAsync(conversationId, CancellationToken.None);
                await activityLog.DeleteConversationAsync(conversationId, CancellationToken.None);
            });
        }
        return Task.CompletedTask;
    }
}
