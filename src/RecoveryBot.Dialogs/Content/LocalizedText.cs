namespace RecoveryBot.Dialogs.Content;

/// <summary>One line of content in English and Spanish (every line must have both: CONTENT-BRIEF §1).</summary>
public sealed class LocalizedText(string en, string es)
{
    public string En { get; } = en;
    public string Es { get; } = es;

    /// <summary>Precomputed so that rendering a line without <c>{placeholders}</c> allocates nothing.</summary>
    public bool HasPlaceholders { get; } = en.Contains('{') || es.Contains('{');

    public string Get(string locale) => ReferenceEquals(locale, Locales.Es) || locale == Locales.Es ? Es : En;
}
