using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>The classifier's view of one message: p(crisis) (all crisis classes), p(concern), and the likeliest crisis category.</summary>
public readonly record struct ClassifierVerdict(float Crisis, float Concern, CrisisCategory Category)
{
    /// <summary>p(crisis) + p(concern): how likely the message needs at least a check-in.</summary>
    public float Flag => Crisis + Concern;
}

/// <summary>
/// The calibrated cut-offs of the layered detector (brief §3), chosen on grouped cross-validation by
/// <see cref="ThresholdChooser"/>: p(crisis) ≥ <see cref="Crisis"/> → crisis; p(crisis)+p(concern) ≥ <see cref="Flag"/> → concern;
/// for a <see cref="MessageSize.Long"/> message the rules found nothing in, ≥ <see cref="LongFlag"/> (never above Flag) → concern.
/// </summary>
public readonly record struct LayerThresholds(float Crisis, float Flag, float LongFlag)
{
    /// <summary>Without a long-message band: long messages use the ordinary flag.</summary>
    public LayerThresholds(float crisis, float flag) : this(crisis, flag, flag)
    {
    }

    /// <summary>Never fires: a model without chosen thresholds only reports probabilities.</summary>
    public static readonly LayerThresholds Off = new(2f, 2f);
}
