using RecoveryBot.Safety.Classifier;

namespace RecoveryBot.Safety.Tests.Classifier;

/// <summary>The committed model and the exact file list README's retrain command uses.</summary>
internal static class ClassifierPaths
{
    public static string ModelFolder => Path.Combine(RepoPaths.SafetyDialogs, LayeredCrisisDetector.ModelFolder);
    public static string Model => Path.Combine(ModelFolder, LayeredCrisisDetector.ModelFileName);
    public static string Data(string name) => Path.Combine(RepoPaths.Root, "tests", "RecoveryBot.Safety.Tests", "data", name);

    public static IReadOnlyList<string> EvaluationFiles { get; } =
        ["crisis-dev.jsonl", "extra-eval.jsonl", "checkin-answers.jsonl", "holdout-2.jsonl", "holdout-3.jsonl", "holdout-4.jsonl", "holdout-5.jsonl", "holdout-6.jsonl", "holdout-7.jsonl",
         "holdout-8.jsonl", "holdout-9.jsonl", "holdout-10.jsonl", "holdout-11.jsonl", "holdout-12.jsonl", "holdout-13.jsonl", "holdout-14.jsonl", "holdout-15.jsonl", "holdout-16.jsonl", "holdout-17.jsonl",
         "holdout-18.jsonl", "holdout-19.jsonl", "holdout-20.jsonl", "holdout-21.jsonl", "holdout-22.jsonl", "holdout-23.jsonl", "holdout-24.jsonl",
         "holdout-25.jsonl", "holdout-26.jsonl", "holdout-27.jsonl", "holdout-28.jsonl", "holdout-29.jsonl", "holdout-30.jsonl", "holdout-31.jsonl",
         "holdout-32.jsonl", "holdout-33.jsonl", "holdout-34.jsonl", "holdout-35.jsonl",
         "holdout-36.jsonl", "holdout-37.jsonl", "holdout-38.jsonl", "holdout-39.jsonl", "holdout-40.jsonl", "holdout-41.jsonl",
         "holdout-48.jsonl", "holdout-49.jsonl", "holdout-50.jsonl",
         "holdout-51.jsonl", "holdout-52.jsonl", "holdout-53.jsonl",
         "holdout-42.jsonl", "holdout-43.jsonl", "holdout-44.jsonl", "holdout-45.jsonl", "holdout-46.jsonl", "holdout-47.jsonl",
         "holdout-60.jsonl", "holdout-61.jsonl",
         "holdout-54.jsonl", "holdout-55.jsonl", "holdout-56.jsonl", "holdout-57.jsonl", "holdout-58.jsonl", "holdout-59.jsonl",
         "holdout-68.jsonl", "holdout-69.jsonl",
         "holdout-62.jsonl", "holdout-63.jsonl", "holdout-64.jsonl", "holdout-65.jsonl", "holdout-66.jsonl", "holdout-67.jsonl",
         "holdout-70.jsonl", "holdout-71.jsonl", "holdout-72.jsonl", "holdout-73.jsonl", "holdout-74.jsonl", "holdout-75.jsonl",
         "holdout-76.jsonl", "holdout-77.jsonl", "holdout-78.jsonl", "holdout-79.jsonl", "holdout-80.jsonl", "holdout-81.jsonl",
         "holdout-82.jsonl", "holdout-83.jsonl", "holdout-84.jsonl", "holdout-85.jsonl", "holdout-86.jsonl", "holdout-87.jsonl",
         "holdout-88.jsonl", "holdout-89.jsonl", "holdout-90.jsonl", "holdout-91.jsonl", "holdout-92.jsonl", "holdout-93.jsonl",
         "holdout-94.jsonl", "holdout-95.jsonl", "holdout-96.jsonl", "holdout-97.jsonl", "holdout-98.jsonl", "holdout-99.jsonl",
         "holdout-100.jsonl", "holdout-101.jsonl", "holdout-102.jsonl", "holdout-103.jsonl", "holdout-104.jsonl", "holdout-105.jsonl",
         "holdout-106.jsonl", "holdout-107.jsonl", "holdout-108.jsonl", "holdout-109.jsonl", "holdout-110.jsonl", "holdout-111.jsonl",
         "holdout-112.jsonl", "holdout-113.jsonl", "holdout-114.jsonl", "holdout-115.jsonl", "holdout-116.jsonl", "holdout-117.jsonl",
         "holdout-118.jsonl", "holdout-119.jsonl", "holdout-120.jsonl", "holdout-121.jsonl", "holdout-122.jsonl", "holdout-123.jsonl",
         "holdout-124.jsonl", "holdout-125.jsonl", "holdout-126.jsonl", "holdout-127.jsonl", "holdout-128.jsonl", "holdout-129.jsonl",
         "holdout-130.jsonl", "holdout-131.jsonl", "holdout-132.jsonl", "holdout-133.jsonl", "holdout-134.jsonl", "holdout-135.jsonl",
         "holdout-136.jsonl", "holdout-137.jsonl", "holdout-138.jsonl", "holdout-139.jsonl", "holdout-140.jsonl", "holdout-141.jsonl",
         "holdout-142.jsonl", "holdout-143.jsonl", "holdout-144.jsonl", "holdout-145.jsonl", "holdout-146.jsonl", "holdout-147.jsonl",
         "holdout-148.jsonl", "holdout-149.jsonl", "holdout-150.jsonl", "holdout-151.jsonl", "holdout-152.jsonl", "holdout-153.jsonl"];

    public static IReadOnlyList<string> TrainingFiles { get; } =
        [.. EvaluationFiles.Select(Data), .. Directory.GetFiles(ModelFolder, ClassifierTraining.TrainingOnlyPrefix + "*.jsonl")];

    /// <summary>One layered detector over the shared rule detector (loading the model once).</summary>
    public static LayeredCrisisDetector Layered { get; } = new(RepoPaths.Detector, ModelFile.Load(Model));

    public static IEnumerable<LabelledExample> AllExamples() =>
        TrainingData.FromLexicon(RepoPaths.SafetyDialogs, RepoPaths.Detector).Concat(TrainingFiles.SelectMany(TrainingData.LoadJsonl));
}
