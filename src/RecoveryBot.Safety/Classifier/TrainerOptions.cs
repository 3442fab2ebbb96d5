namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Training settings. Defaults were picked by leave-one-file-out cross-validation (dialogs/safety/README.md);
/// changing one changes the committed model, so retrain and commit both together.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>
    /// 2^18 hashed feature buckets. With 14.6k examples, 2^16 made enough collisions to matter: on grouped
    /// cross-validation 2^18 lifts held-out classifier crisis recall from 0.967 to 0.980, and the near-miss guard then
    /// needs a lower cut-off (0.356 against 0.406). The model file grows from 0.35 to 0.55 MB.
    /// </summary>
    public int BucketBits { get; init; } = 18;
    public int Epochs { get; init; } = 12;
    public float LearningRate { get; init; } = 0.5f;
    public float L2 { get; init; } = 3e-3f;
    public ulong Seed { get; init; } = 20261126;
}
