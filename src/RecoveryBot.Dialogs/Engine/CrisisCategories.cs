namespace RecoveryBot.Dialogs.Engine;

/// <summary>
/// The crisis categories the content routes on (ARCHITECTURE §6), in the snake_case the flows use. Accepts the
/// detector's enum names too ("SelfHarm" → self_harm).
/// </summary>
public static class CrisisCategories
{
    public const string Suicide = "suicide";
    public const string SelfHarm = "self_harm";
    public const string Overdose = "overdose";
    public const string HarmOthers = "harm_others";
    public const string AbuseDanger = "abuse_danger";
    public const string Medical = "medical";

    /// <summary>Unknown or missing means suicide: its pathway (988, Crisis Text Line, 911) fits any crisis.</summary>
    public static string Normalize(string? category)
    {
        if (string.IsNullOrEmpty(category))
        {
            return Suicide;
        }
        Span<char> key = stackalloc char[Math.Min(category.Length, 32)];
        var n = 0;
        foreach (var c in category)
        {
            if (char.IsLetter(c) && n < key.Length)
            {
                key[n++] = char.ToLowerInvariant(c);
            }
        }
        return key[..n] switch
        {
            "selfharm" => SelfHarm,
            "overdose" => Overdose,
            "harmothers" => HarmOthers,
            "abusedanger" => AbuseDanger,
            "medical" => Medical,
            _ => Suicide,
        };
    }
}
