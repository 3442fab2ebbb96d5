using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Turns;

/// <summary>Everything an effect handler may need about a finished turn (ids and verdicts, never the text).</summary>
public sealed record TurnOutcome(Activity Inbound, DialogTurn Turn, CrisisAssessment Assessment, ConversationRecord Before, ConversationRecord After)
{
    public string ChannelId => Inbound.ChannelId!;
    public string ConversationId => Inbound.Conversation!.Id!;

    public bool Has(EffectKind kind) => Turn.Effects.Any(e => e.Kind == kind);
}
