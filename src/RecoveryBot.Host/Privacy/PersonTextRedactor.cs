using Microsoft.Extensions.Options;
using RecoveryBot.Handoff.Redaction;
using RecoveryBot.Safety.SecondOpinion;
using RecoveryBot.Storage.Privacy;

namespace RecoveryBot.Host.Privacy;

/// <summary>
/// The redaction step before anything a person wrote is stored: the regex <see cref="Redactor"/> always, then —
/// when Azure AI Language is configured — the PII entities it recognizes in the already-masked text (so structured
/// identifiers never leave the process). It never blocks and never throws: if the service fails or is slow (its
/// client enforces <c>Safety:AzureLanguage:Timeout</c>), the regex redaction stands.
/// </summary>
public sealed partial class PersonTextRedactor(
    IOptions<PrivacyOptions> options,
    ILogger<PersonTextRedactor> logger,
    AzureLanguageClient? language = null) : ITextRedactor
{
    public async ValueTask<string> RedactAsync(string text, string? locale, CancellationToken cancellationToken = default)
    {
        var redacted = Redactor.Redact(text);
        if (language is null || !options.Value.AzurePiiRedaction || redacted.Length == 0)
        {
            return redacted;
        }
        try
        {
            var entities = await language.RecognizePiiAsync(redacted, Language(locale), cancellationToken);
            return PiiMasking.Mask(redacted, entities, options.Value.AzurePiiMinConfidence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogRecognizerFailed(logger, ex.GetType().Name);
            return redacted;
        }
    }

    private static string? Language(string? locale) =>
        string.IsNullOrEmpty(locale) ? null : locale.Split('-')[0].ToLowerInvariant();

    // The exception type only: a service error message could echo the text that was sent.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language PII recognition failed ({Error}); the regex redaction stands")]
    private static partial void LogRecognizerFailed(ILogger logger, string error);
}
