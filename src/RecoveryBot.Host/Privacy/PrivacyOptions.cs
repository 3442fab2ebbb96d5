namespace RecoveryBot.Host.Privacy;

/// <summary>The <c>Privacy</c> configuration section (issue 7).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// "Delete my data" erases everything at once, then once more after this grace period: long enough for Web Chat
    /// to read the confirmation from the Direct Line log, after which the confirmation (and anything written in
    /// between, such as a handoff-cancelled notice) goes too. Zero: the second pass runs as soon as the turn's
    /// replies are stored.
    /// </summary>
    public TimeSpan DeletionGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When Safety:AzureLanguage is configured, also mask the PII entities it recognizes (after the regex pass).</summary>
    public bool AzurePiiRedaction { get; set; } = true;

    /// <summary>Entities below this confidence are left alone (the regex pass already caught the structured ones).</summary>
    public double AzurePiiMinConfidence { get; set; } = 0.6;
}
