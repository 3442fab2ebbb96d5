using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Host.Insights;

/// <summary>One check-in result: which questionnaire and which band (e.g. PHQ-9, moderate).</summary>
public sealed record ScoreBand(string Instrument, string Band);

/// <summary>
/// Maps the content id of a check-in result to its questionnaire and band, read from the flow definitions rather
/// than listed in code: a step whose <c>next</c> rules branch on a running total named <c>&lt;instrument&gt;-score</c>
/// (dialogs/flows/mental-health-check-in.yaml: phq2-score, phq9-score, gad2-score, gad7-score) leads to one
/// step per band, so each rule's target is a band, named by its step id without the instrument prefix
/// ("phq9-moderate" → PHQ-9 / moderate). A clinician who adds or renames a band changes the dashboard with it.
/// </summary>
public sealed partial class ScoreBands
{
    private const string ScoreSuffix = "-score";
    private readonly Dictionary<string, ScoreBand> _byContentId = new(StringComparer.Ordinal);

    public ScoreBands(IContentCatalog catalog)
    {
        foreach (var flow in catalog.Flows)
        {
            foreach (var step in flow.Steps)
            {
                var scoreVar = ScoreVariable(step);
                if (scoreVar is null)
                {
                    continue;
                }
                var instrumentId = scoreVar[..^ScoreSuffix.Length];
                foreach (var rule in step.Next)
                {
                    var band = rule.Goto.StartsWith(instrumentId + "-", StringComparison.Ordinal) ? rule.Goto[(instrumentId.Length + 1)..] : rule.Goto;
                    _byContentId.TryAdd($"{flow.Id}/{rule.Goto}", new ScoreBand(DisplayName(instrumentId), band));
                }
            }
        }
    }

    /// <summary>Every known result content id (for tests and documentation).</summary>
    public IReadOnlyDictionary<string, ScoreBand> All => _byContentId;

    public ScoreBand? Find(string contentId) => _byContentId.GetValueOrDefault(contentId);

    // The variable every condition of the step tests, when all of them test the same "-score" total.
    private static string? ScoreVariable(Step step)
    {
        var names = step.Next.Where(r => r.When is not null).Select(r => r.When is VarCondition v ? v.Name : null).Distinct().ToList();
        return names is [{ } name] && name.EndsWith(ScoreSuffix, StringComparison.Ordinal) && name.Length > ScoreSuffix.Length ? name : null;
    }

    // "phq9" → "PHQ-9", "gad2" → "GAD-2" (the questionnaires' published names); anything else upper-cased.
    private static string DisplayName(string instrumentId)
    {
        var match = LettersThenDigits().Match(instrumentId);
        return match.Success ? $"{match.Groups[1].Value.ToUpperInvariant()}-{match.Groups[2].Value}" : instrumentId.ToUpperInvariant();
    }

    [GeneratedRegex("^([a-z]+)([0-9]+)$")]
    private static partial Regex LettersThenDigits();
}
