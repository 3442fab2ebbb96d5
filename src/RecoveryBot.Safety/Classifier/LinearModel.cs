using System.Runtime.Intrinsics;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Multinomial logistic regression over hashed features: one flat row-major weight table
/// (<c>Weights[bucket * Classes + class]</c>), so a message's cost is one cache line per feature. Each feature has
/// value 1/√(feature count), so long and short messages score on the same scale. Thread-safe (read-only).
/// </summary>
public sealed class LinearModel
{
    public const int Classes = ClassifierClasses.Count;

    public LinearModel(int bucketBits, float[] weights, float[] bias, LayerThresholds thresholds)
    {
        if (Classes != Vector256<float>.Count || weights.Length != (1 << bucketBits) * Classes || bias.Length != Classes)
        {
            throw new ArgumentException("weight table does not match bucket bits and class count");
        }
        BucketBits = bucketBits;
        Weights = weights;
        Bias = bias;
        Thresholds = thresholds;
    }

    public int BucketBits { get; }
    public float[] Weights { get; }
    public float[] Bias { get; }
    public LayerThresholds Thresholds { get; }

    public LinearModel WithThresholds(LayerThresholds thresholds) => new(BucketBits, Weights, Bias, thresholds);

    /// <summary>Writes the softmax probabilities of every class into <paramref name="probabilities"/>.</summary>
    public void Probabilities(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        var p = probabilities[..Classes];
        Bias.CopyTo(p);
        if (features.Length > 0)
        {
            var sum = Sum(Weights, features);
            var v = FeatureValue(features.Length);
            for (var k = 0; k < Classes; k++) p[k] += sum[k] * v;
        }
        Softmax(p);
    }

    /// <summary>Adds the feature rows: one 8-float row per feature = one 256-bit load (Classes is 8 on purpose).</summary>
    private static Vector256<float> Sum(float[] w, ReadOnlySpan<int> features)
    {
        var acc = Vector256<float>.Zero;
        foreach (var f in features)
        {
            acc += Vector256.Create<float>(w.AsSpan(f * Classes, Classes));
        }
        return acc;
    }

    public ClassifierVerdict Verdict(ReadOnlySpan<int> features)
    {
        Span<float> p = stackalloc float[Classes];
        Probabilities(features, p);
        return Summarise(p);
    }

    public static ClassifierVerdict Summarise(ReadOnlySpan<float> p)
    {
        var crisis = 0f;
        var best = ClassifierClasses.FirstCrisis;
        for (var k = ClassifierClasses.FirstCrisis; k < Classes; k++)
        {
            crisis += p[k];
            if (p[k] > p[best]) best = k;
        }
        return new ClassifierVerdict(crisis, p[ClassifierClasses.Concern], ClassifierClasses.Category(best));
    }

    public static float FeatureValue(int featureCount) => 1f / MathF.Sqrt(featureCount);

    public static void Softmax(Span<float> z)
    {
        var max = z[0];
        for (var k = 1; k < z.Length; k++) max = Math.Max(max, z[k]);
        var total = 0f;
        for (var k = 0; k < z.Length; k++) { z[k] = MathF.Exp(z[k] - max); total += z[k]; }
        for (var k = 0; k < z.Length; k++) z[k] /= total;
    }

    /// <summary>The level the thresholds alone give (no rules), for evaluation.</summary>
    public CrisisLevel Level(ClassifierVerdict v) =>
        v.Crisis >= Thresholds.Crisis ? CrisisLevel.Crisis : v.Flag >= Thresholds.Flag ? CrisisLevel.Concern : CrisisLevel.None;
}
