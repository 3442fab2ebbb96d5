namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Training settings. Defaults were picked by leave-one-file-out cross-validation (dialogs/safety/README.md);
/// changing one changes the committed model, so retrain and commit both together.
/// </summary>
public sealed record TrainerOptions
{
    public int BucketBits { get; init; } = 16;
    public int Epochs { get; init; } = 12;
    public float LearningRate { get; init; } = 0.5f;
    public float L2 { get; init; } = 3e-3f;
    public ulong Seed { get; init; } = 20261126;
}
