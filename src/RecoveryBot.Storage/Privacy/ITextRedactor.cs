namespace RecoveryBot.Storage.Privacy;

/// <summary>
/// Masks what identifies a person (phone numbers, e-mail, addresses, names, dates of birth, SSNs) in text that is
/// about to be stored (issue 7: "transcripts redacted before they are stored"). Lives beside the stores so every
/// layer that writes text (the Direct Line log, the handoff transcript) can ask for it without depending on who
/// implements it. Never throws for a recognizer outage: the regex redaction is the floor.
/// </summary>
public interface ITextRedactor
{
    ValueTask<string> RedactAsync(string text, string? locale, CancellationToken cancellationToken = default);
}
