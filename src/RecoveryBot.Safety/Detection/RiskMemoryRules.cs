using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Detection;

/// <summary>
/// Conversation memory (SAFETY-NOTES §7 rule 8): risk does not reset because the next message is casual,
/// and concern followed by specifics escalates.
/// </summary>
internal static class RiskMemoryRules
{
    /// <summary>Messages after a crisis turn that stay at least concern ("I'm fine" once does not close it).</summary>
    public const int CrisisEchoTurns = 2;

    public static bool RecentCrisis(RiskMemory? m) => m is { TurnsSinceCrisis: <= CrisisEchoTurns };

    public static bool EarlierConcern(RiskMemory? m) => m is { HighestLevel: >= CrisisLevel.Concern, ConcernTurns: >= 1 }
        || RecentCrisis(m);

    /// <summary>A message with no cues at all right after a crisis: keep the check-in open.</summary>
    public static CrisisAssessment ForNoCues(RiskMemory? m) => RecentCrisis(m)
        ? new CrisisAssessment(CrisisLevel.Concern, m!.LastCategory, ["mem.after_crisis"])
        : CrisisAssessment.NoRisk;
}
