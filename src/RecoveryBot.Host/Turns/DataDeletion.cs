using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Privacy;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// "Delete my data": the conversation record is removed by the pipeline itself (instead of being saved); the
/// eraser removes the rest everywhere, in the background, after the confirmation has gone out.
/// </summary>
public sealed class DataDeletion(ConversationEraser eraser) : ITurnEffectHandler
{
    public Task HandleAsync(TurnOutcome outcome, CancellationToken ct)
    {
        if (outcome.Has(EffectKind.DeleteDataRequested))
        {
            _ = eraser.Schedule(outcome.ChannelId, outcome.ConversationId);
        }
        return Task.CompletedTask;
    }
}
