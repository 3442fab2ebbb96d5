namespace RecoveryBot.Host.Turns;

/// <summary>The content languages RecoveryBot speaks; anything else falls back to English.</summary>
public static class Locales
{
    public const string English = "en";
    public const string Spanish = "es";

    public static string FromActivity(string? locale) =>
        locale is { Length: >= 2 } && locale.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;
}
