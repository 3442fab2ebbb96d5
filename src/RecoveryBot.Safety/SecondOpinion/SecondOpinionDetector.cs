using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Detection;

namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>
/// Async decorator over the synchronous <see cref="CrisisDetector"/> (issue 4 §6). The rule, deliberately
/// conservative (SAFETY-NOTES §7 rule 11: "concern only when a risk term is present"):
/// <list type="bullet">
/// <item>crisis stays crisis and concern stays concern: sentiment alone never makes a crisis, and nothing here
///   ever lowers a level; the service is not even called, so it cannot delay a crisis reply;</item>
/// <item>none becomes concern only when the message contains risk vocabulary the context rules set aside (an
///   idiom, an information frame…) AND the service scores it negative with confidence ≥ 0.9;</item>
/// <item>a message with no risk vocabulary is never sent to the service;</item>
/// <item>errors, unreadable answers and time-outs (800 ms by default) keep the local verdict.</item>
/// </list>
/// </summary>
public sealed class SecondOpinionDetector(
    CrisisDetector local, ISecondOpinion opinion, AzureLanguageOptions options, ILogger<SecondOpinionDetector>? logger = null,
    ICrisisDetector? layered = null)
{
    public const string RaisedCue = "second_opinion.negative_sentiment";

    private readonly ILogger logger = logger ?? NullLogger<SecondOpinionDetector>.Instance;

    public CrisisDetector Local { get; } = local;

    public async Task<CrisisAssessment> AssessAsync(string text, string? locale, RiskMemory? recent = null,
        CancellationToken ct = default)
    {
        var verdict = (layered ?? Local).Assess(text, locale, recent); // layered: rules + classifier when registered
        if (verdict.Level != CrisisLevel.None) return verdict;
        var riskWord = Local.RiskVocabulary(text);
        if (riskWord is null) return verdict;
        try
        {
            var sentiment = await opinion.SentimentAsync(text, locale, ct).ConfigureAwait(false);
            if (sentiment is null || sentiment.Negative < options.NegativeThreshold) return verdict;
            return new CrisisAssessment(CrisisLevel.Concern, riskWord.Value.Category, [riskWord.Value.EntryId, RaisedCue]);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            // Ids only, never the text (COMMON.md privacy rule).
            logger.LogWarning("safety second opinion unavailable ({Error}); local verdict kept", ex.GetType().Name);
            return verdict;
        }
    }
}
