using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Detection;

/// <summary>
/// Which category wins when several hits share the top level. The order follows who must act first
/// (SAFETY-NOTES §5 routing): an ingestion needs 911/Poison Control, danger from someone else needs 911.
/// </summary>
internal static class CategoryChoice
{
    public static int Rank(CrisisCategory c) => c switch
    {
        CrisisCategory.Overdose => 6,
        CrisisCategory.AbuseDanger => 5,
        CrisisCategory.HarmOthers => 4,
        CrisisCategory.SelfHarm => 3,
        CrisisCategory.Suicide => 2,
        CrisisCategory.Medical => 1,
        _ => 0,
    };
}
