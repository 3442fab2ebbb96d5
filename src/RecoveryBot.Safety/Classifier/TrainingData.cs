using System.Text.Json;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// Reads labelled messages: JSON Lines files (<c>{"id","text","expected","category"}</c>, SAFETY-NOTES §6 labels;
/// the group is the file name) and the lexicon's own examples (group "lexicon").
/// </summary>
public static class TrainingData
{
    public const string LexiconGroup = "lexicon";

    public static IReadOnlyList<LabelledExample> LoadJsonl(string path)
    {
        var group = Path.GetFileNameWithoutExtension(path);
        var list = new List<LabelledExample>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var text = Str(root, "text");
            var level = CompiledLexicon.ParseLevel(Str(root, "expected"));
            if (text is null || level is null) throw new InvalidDataException($"{path}:{number}: needs 'text' and 'expected'");
            var category = CompiledLexicon.ParseCategory(Str(root, "category")) ?? CrisisCategory.None;
            if (level == CrisisLevel.Crisis && category == CrisisCategory.None)
            {
                throw new InvalidDataException($"{path}:{number}: a crisis example needs a category");
            }
            list.Add(new LabelledExample(Str(root, "id") ?? $"{group}:{number}", text, level.Value,
                level == CrisisLevel.None ? CrisisCategory.None : category, group));
        }
        return list;
    }

    /// <summary>
    /// The mustMatch/mustNotMatch examples of every lexicon entry. A risk entry's mustMatch takes the entry's level
    /// and category, unless the rules lower it by context (a negation example such as "I would never…" is concern,
    /// §6). Idiom examples and every mustNotMatch take the rules' verdict, which is none unless another entry
    /// fires (a mustNotMatch of one entry can be another entry's crisis phrase). Concepts and combos add only their
    /// mustNotMatch, with the rules' verdict: they are reviewed ordinary sentences ("i took my meds this morning", "my
    /// friend is going to the party tonight") that the model had learnt to call crisis from their words alone. Their
    /// ids ("lexicon:near:") keep them out of <see cref="NearMissGuard"/>, which answers for idioms and risk entries.
    /// Other context-only kinds are skipped.
    /// </summary>
    public static IReadOnlyList<LabelledExample> FromLexicon(string safetyDirectory, CrisisDetector rules)
    {
        var list = new List<LabelledExample>();
        foreach (var (_, doc) in LexiconLoader.LoadDirectory(safetyDirectory))
        {
            foreach (var e in doc.Entries)
            {
                var risk = e.Kind == "risk";
                var nearOnly = e.Kind is "combo" or "concept";
                if (!risk && !nearOnly && e.Kind != "idiom") continue;
                foreach (var text in nearOnly ? [] : e.MustMatch)
                {
                    var verdict = rules.Assess(text, null);
                    var level = CompiledLexicon.ParseLevel(e.Level) ?? CrisisLevel.Concern;
                    var category = CompiledLexicon.ParseCategory(e.Category) ?? CrisisCategory.None;
                    if (!risk || verdict.CueIds.Any(c => c.StartsWith("ctx.", StringComparison.Ordinal) && c != "ctx.specifics")
                        || (verdict.Level == CrisisLevel.Crisis && level == CrisisLevel.Crisis))
                    {
                        (level, category) = (verdict.Level, verdict.Category);
                    }
                    list.Add(Make($"lexicon:{(risk ? "match" : "idiom")}:{e.Id}", text, level, category));
                }
                foreach (var text in e.MustNotMatch)
                {
                    var verdict = rules.Assess(text, null);
                    list.Add(Make($"lexicon:{(nearOnly ? "near" : "not")}:{e.Id}", text, verdict.Level, verdict.Category));
                }
            }
        }
        return list;
    }

    private static LabelledExample Make(string id, string text, CrisisLevel level, CrisisCategory category) =>
        new(id, text, level, level == CrisisLevel.None ? CrisisCategory.None
            : level == CrisisLevel.Crisis && category == CrisisCategory.None ? CrisisCategory.Suicide : category, LexiconGroup);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
