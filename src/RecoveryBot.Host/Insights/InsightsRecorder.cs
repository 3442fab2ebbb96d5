using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Turns;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Insights;

/// <summary>
/// Counts what programme staff see on the dashboard (issue 8), from each finished turn: a new conversation (channel,
/// language), flows started and ended (DialogTurn effects), check-in result bands (by content id) and crisis
/// detections (level, category). Only counts per UTC day are stored, never ids or words. Statistics must never
/// cost a person their reply, so the turn only adds to an in-memory buffer (<see cref="InsightsBuffer"/>) that a
/// background flusher writes.
/// </summary>
public sealed class InsightsRecorder(InsightsBuffer buffer, ScoreBands bands, TimeProvider clock) : ITurnEffectHandler
{
    public Task HandleAsync(TurnOutcome outcome, CancellationToken ct)
    {
        buffer.Add(DailyCounters.DayOf(clock.GetUtcNow()), Increments(outcome));
        return Task.CompletedTask;
    }

    /// <summary>What one turn adds to today's counters.</summary>
    public Dictionary<string, long> Increments(TurnOutcome outcome)
    {
        var add = new Dictionary<string, long>(StringComparer.Ordinal);
        void Count(string name) => add[name] = add.GetValueOrDefault(name) + 1;

        // The first turn stored for this conversation (a fresh record) starts it; Teams' second install activity
        // finds the record already there.
        if (outcome.Before.Turns == 0)
        {
            Count(InsightNames.ConversationStarted(outcome.ChannelId, outcome.After.Dialog.Locale ?? outcome.Inbound.Locale));
        }
        foreach (var effect in outcome.Turn.Effects)
        {
            if (effect is { Kind: EffectKind.FlowStarted, Detail: { } started })
            {
                Count(InsightNames.Flow(InsightNames.FlowStarted, started));
            }
            else if (effect is { Kind: EffectKind.FlowEnded, Detail: { } ended })
            {
                Count(InsightNames.Flow(InsightNames.FlowEnded, ended));
            }
        }
        foreach (var reply in outcome.Turn.Replies)
        {
            if (bands.Find(reply.ContentId) is { } band)
            {
                Count(InsightNames.Band(band.Instrument, band.Band));
            }
        }
        if (outcome.Assessment.Level != CrisisLevel.None)
        {
            Count(InsightNames.CrisisDetection(outcome.Assessment.Level == CrisisLevel.Crisis ? "crisis" : "concern",
                SafetyNames.ToId(outcome.Assessment.Category) ?? "unspecified"));
        }
        return add;
    }
}
