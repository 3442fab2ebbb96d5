namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Deterministic multinomial logistic regression: AdaGrad SGD over a seeded shuffle (SplitMix64, not
/// <see cref="Random"/>, so the order is fixed by this code), L2 on the rows an example touches, weights averaged
/// over epoch ends (steadier on unseen wording), then quantised to int8 so the trained model equals the saved one.
/// Single-threaded on purpose: the same data and options give the same bytes.
/// </summary>
public static class ModelTrainer
{
    public static (LinearModel Model, float Scale) Train(IReadOnlyList<FeaturisedExample> examples, TrainerOptions o)
    {
        const int K = LinearModel.Classes;
        var rows = 1 << o.BucketBits;
        var w = new float[rows * K];
        var g2 = new float[rows * K];
        var avg = new float[rows * K];
        var bias = new float[K];
        var biasG2 = new float[K];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new SplitMix64(o.Seed);
        Span<float> p = stackalloc float[K];
        var snapshots = 0;
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var i in order)
            {
                var ex = examples[i];
                var model = new LinearModel(o.BucketBits, w, bias, LayerThresholds.Off);
                model.Probabilities(ex.Features, p);
                p[ex.Class] -= 1f; // gradient of the log loss w.r.t. the logits
                for (var k = 0; k < K; k++) p[k] *= ex.Weight;
                var v = LinearModel.FeatureValue(Math.Max(1, ex.Features.Length));
                foreach (var f in ex.Features)
                {
                    var at = f * K;
                    for (var k = 0; k < K; k++)
                    {
                        var g = (p[k] * v) + (o.L2 * w[at + k]);
                        g2[at + k] += g * g;
                        w[at + k] -= o.LearningRate * g / (MathF.Sqrt(g2[at + k]) + 1e-6f);
                    }
                }
                for (var k = 0; k < K; k++)
                {
                    biasG2[k] += p[k] * p[k];
                    bias[k] -= o.LearningRate * p[k] / (MathF.Sqrt(biasG2[k]) + 1e-6f);
                }
            }
            if (epoch >= o.Epochs / 2)
            {
                for (var j = 0; j < w.Length; j++) avg[j] += w[j];
                snapshots++;
            }
        }
        var max = 0f;
        for (var j = 0; j < avg.Length; j++) { avg[j] /= snapshots; max = Math.Max(max, Math.Abs(avg[j])); }
        var scale = max > 0 ? max / 127f : 1f;
        for (var j = 0; j < avg.Length; j++) avg[j] = MathF.Round(avg[j] / scale) * scale;
        return (new LinearModel(o.BucketBits, avg, bias, LayerThresholds.Off), scale);
    }

    /// <summary>A tiny fixed PRNG (Steele et al. 2014) so the example order never depends on the runtime.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong state = seed;

        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public void Shuffle(int[] a)
        {
            for (var i = a.Length - 1; i > 0; i--)
            {
                var j = (int)(Next() % (ulong)(i + 1));
                (a[i], a[j]) = (a[j], a[i]);
            }
        }
    }
}
