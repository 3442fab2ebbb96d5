using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// The model's joint output classes: none, concern, and one crisis class per category (SAFETY-NOTES §6), so one
/// softmax gives both p(crisis) (the sum of the crisis classes) and the crisis category (their argmax).
/// </summary>
public static class ClassifierClasses
{
    public const int None = 0;
    public const int Concern = 1;
    public const int FirstCrisis = 2;

    /// <summary>none, concern, then one per <see cref="CrisisCategory"/> from Suicide to Medical.</summary>
    public const int Count = FirstCrisis + (int)CrisisCategory.Medical;

    public static int Of(CrisisLevel level, CrisisCategory category) => level switch
    {
        CrisisLevel.Crisis => FirstCrisis - 1 + (int)(category == CrisisCategory.None ? CrisisCategory.Suicide : category),
        CrisisLevel.Concern => Concern,
        _ => None,
    };

    public static CrisisLevel Level(int cls) => cls switch
    {
        None => CrisisLevel.None,
        Concern => CrisisLevel.Concern,
        _ => CrisisLevel.Crisis,
    };

    public static CrisisCategory Category(int cls) => cls >= FirstCrisis ? (CrisisCategory)(cls - FirstCrisis + 1) : CrisisCategory.None;
}
