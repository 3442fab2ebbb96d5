using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>What the rules return for a message whose only reading is a reviewed benign idiom.</summary>
internal static class IdiomAssert
{
    public static void ShouldBeReadAsAnIdiom(this CrisisAssessment a)
    {
        a.Level.ShouldBe(CrisisLevel.None);
        a.CueIds.ShouldBe([CrisisAssessment.IdiomCue]);
    }
}
