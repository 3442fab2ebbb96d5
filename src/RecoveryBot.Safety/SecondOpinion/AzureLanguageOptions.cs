namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>
/// Configuration section <c>Safety:AzureLanguage</c> (issue 4 §6). Off unless <see cref="Endpoint"/> is set.
/// Auth: <see cref="ApiKey"/> when present, otherwise a managed identity / developer credential (Azure.Identity).
/// </summary>
public sealed class AzureLanguageOptions
{
    public const string SectionName = "Safety:AzureLanguage";

    /// <summary>The Language resource endpoint, e.g. https://my-language.cognitiveservices.azure.com/.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Resource key, sent as <c>Ocp-Apim-Subscription-Key</c>. Leave empty to use a token credential.</summary>
    public string? ApiKey { get; set; }

    /// <summary>User-assigned managed identity client id; empty → DefaultAzureCredential.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Whole-call budget. The local verdict is already known, so a slow service must not delay the crisis reply;
    /// past this the local verdict stands.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Negative-sentiment confidence needed before a "none" with a risk word becomes "concern".</summary>
    public double NegativeThreshold { get; set; } = 0.9;

    public string ApiVersion { get; set; } = "2023-04-01";

    public bool IsConfigured => Endpoint is not null;
}
