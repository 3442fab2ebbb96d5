using RecoveryBot.Host.Observability;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Storage.Audit;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// Issue #4 §4: every detection is audited with level, category, cue ids, where the person was and what the bot
/// answered — never the words — and counted in the metrics.
/// </summary>
public sealed class SafetyAudit(IAuditLog audit, RecoveryBotMetrics metrics, TimeProvider clock) : ITurnEffectHandler
{
    public const string Action = "safety.detection";

    public async Task HandleAsync(TurnOutcome outcome, CancellationToken ct)
    {
        var assessment = outcome.Assessment;
        if (assessment.Level == CrisisLevel.None)
        {
            return;
        }
        metrics.RecordCrisisDetection(assessment);
        var where = outcome.Before.Dialog.Stack is { Count: > 0 } stack ? $"{stack[^1].FlowId}/{stack[^1].StepId}" : "-";
        var answered = outcome.Turn.Replies.Count > 0 ? outcome.Turn.Replies[0].ContentId : "-";
        var detail = $"level={assessment.Level};category={assessment.Category};cues={string.Join(',', assessment.CueIds)};at={where};reply={answered}";
        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), "bot", Action, outcome.ConversationId, null, detail), ct);
    }
}
