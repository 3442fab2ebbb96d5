namespace RecoveryBot.Safety.Assessment;

/// <summary>
/// The conversation's recent risk, kept in the conversation record so that risk persists across turns
/// (SAFETY-NOTES §7 rule 8): a casual next message does not reset it to none, and accumulated concern cues
/// can escalate.
/// </summary>
public sealed record RiskMemory(
    CrisisLevel HighestLevel,
    CrisisCategory LastCategory,
    int ConcernTurns,
    int TurnsSinceCrisis)
{
    public static readonly RiskMemory Empty = new(CrisisLevel.None, CrisisCategory.None, 0, int.MaxValue);

    /// <summary>Folds one more assessment into the memory.</summary>
    public RiskMemory After(CrisisAssessment assessment) => assessment.Level switch
    {
        CrisisLevel.Crisis => new(CrisisLevel.Crisis, assessment.Category, ConcernTurns, 0),
        CrisisLevel.Concern => new(
            HighestLevel > CrisisLevel.Concern ? HighestLevel : CrisisLevel.Concern,
            assessment.Category, ConcernTurns + 1, NextTurn(TurnsSinceCrisis)),
        _ => this with { TurnsSinceCrisis = NextTurn(TurnsSinceCrisis) },
    };

    private static int NextTurn(int turns) => turns == int.MaxValue ? turns : turns + 1;
}
