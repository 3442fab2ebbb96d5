using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Conversations;

/// <summary>
/// Everything RecoveryBot keeps about one conversation between turns: one small, typed, versioned record stored
/// with an ETag (ARCHITECTURE §10.4). It holds state and ids, never a transcript.
/// </summary>
public sealed record ConversationRecord
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public DialogState Dialog { get; init; } = DialogState.Empty;
    public RiskMemory Risk { get; init; } = RiskMemory.Empty;

    /// <summary>Turns processed so far; also lets tests prove that no concurrent turn's update was lost.</summary>
    public int Turns { get; init; }

    /// <summary>Teams sends both installationUpdate and conversationUpdate on install; greet once.</summary>
    public bool Welcomed { get; init; }

    /// <summary>Where to reach the person later (handoff timeouts, responder messages). Only from authenticated input (A7560).</summary>
    public ConversationReference? Reference { get; init; }

    /// <summary>
    /// False until the person first asks for a human in this conversation (a turn's HandoffRequested effect is the
    /// only way a ticket is opened), so all other turns skip the "is a responder holding this conversation?" read.
    /// Once true it stays true. Null in records written before the field existed: checked like true.
    /// </summary>
    public bool? MayHaveHandoff { get; init; }

    /// <summary>Makes a repeated activity idempotent (see <see cref="AnsweredTurn"/>).</summary>
    public AnsweredTurn? LastTurn { get; init; }

    public static string KeyFor(string channelId, string conversationId) => $"conv:{channelId}:{conversationId}";
}
