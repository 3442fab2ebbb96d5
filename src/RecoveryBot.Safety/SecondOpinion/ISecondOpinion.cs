namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>
/// A remote opinion the crisis pipeline may consult after the local detector (issue 4 §6). Implementations
/// return null when they have nothing to say; they may throw, and callers then keep the local verdict.
/// </summary>
public interface ISecondOpinion
{
    Task<SentimentResult?> SentimentAsync(string text, string? locale, CancellationToken ct);
}

/// <summary>Azure AI Language sentiment as the second opinion.</summary>
public sealed class AzureLanguageSecondOpinion(AzureLanguageClient client) : ISecondOpinion
{
    public async Task<SentimentResult?> SentimentAsync(string text, string? locale, CancellationToken ct) =>
        await client.AnalyzeSentimentAsync(text, locale, ct).ConfigureAwait(false);
}

/// <summary>Used when no service is configured: no opinion, so the local verdict always stands.</summary>
public sealed class NoSecondOpinion : ISecondOpinion
{
    public Task<SentimentResult?> SentimentAsync(string text, string? locale, CancellationToken ct) =>
        Task.FromResult<SentimentResult?>(null);
}
