namespace RecoveryBot.Host.Insights;

/// <summary>
/// The counter names of the programme statistics: a kind and bounded labels (channel, language, flow id, band,
/// level, category), separated by '|'. Labels come from our own content and enums, or fold into "other", so a
/// client cannot create unbounded names, and no name ever holds anything a person wrote.
/// </summary>
public static class InsightNames
{
    public const string Conversation = "conversation";
    public const string FlowStarted = "flow.started";
    public const string FlowEnded = "flow.ended";
    public const string ScoreBand = "score";
    public const string Crisis = "crisis";

    private static readonly HashSet<string> KnownChannels =
        new(["msteams", "directline", "webchat", "emulator", "test"], StringComparer.Ordinal);

    private static readonly HashSet<string> KnownLanguages = new(["en", "es"], StringComparer.Ordinal);

    public static string ConversationStarted(string? channelId, string? language) =>
        Join(Conversation, Channel(channelId), Language(language));

    public static string Flow(string kind, string flowId) => Join(kind, flowId);

    public static string Band(string instrument, string band) => Join(ScoreBand, instrument, band);

    public static string CrisisDetection(string level, string category) => Join(Crisis, level, category);

    public static string Channel(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";

    /// <summary>"en-US" → "en"; languages the content does not offer fold into "other".</summary>
    public static string Language(string? locale)
    {
        var language = (locale ?? string.Empty).Split('-', '_')[0].ToLowerInvariant();
        return KnownLanguages.Contains(language) ? language : "other";
    }

    /// <summary>The labels of a counter name of the given kind, or null when the name is of another kind.</summary>
    public static string[]? Labels(string name, string kind)
    {
        var parts = name.Split('|');
        return parts.Length > 1 && parts[0] == kind ? parts[1..] : null;
    }

    private static string Join(params string[] parts) => string.Join('|', parts.Select(p => p.Replace('|', '_')));
}
