namespace RecoveryBot.Dialogs.Content;

/// <summary>The two languages the content ships in. Any "es-*" tag is Spanish; everything else is English.</summary>
public static class Locales
{
    public const string En = "en";
    public const string Es = "es";

    public static string Normalize(string? locale) =>
        locale is not null && locale.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Es : En;
}
