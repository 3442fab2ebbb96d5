namespace RecoveryBot.Safety.Classifier;

/// <summary>How much a message says, which changes how far the classifier may go on its own (see <see cref="LayeredDecision"/>).</summary>
public enum MessageSize
{
    Normal,

    /// <summary>A <see cref="ShortReply"/>: raised to concern at most, and only at the higher short-reply flag.</summary>
    Short,

    /// <summary>
    /// At least <see cref="MessageSizes.LongMinWords"/> words. Where the rules found nothing, the check-in question uses
    /// the lower long-message flag (<see cref="LayerThresholds.LongFlag"/>): the crisis messages the rules and the model
    /// both missed on fresh blind sets were mostly sentences and stories (8 to 40 words), with the danger in one
    /// clause, and scored 0.28–0.45 against an ordinary flag of 0.46.
    /// </summary>
    Long,
}

public static class MessageSizes
{
    /// <summary>
    /// A full sentence or more. Short feelings talk ("tired and stressed lately", four words) must keep the ordinary
    /// flag: a wider band for every message asked the suicide screening question in the middle of a check-in. On six
    /// helper-written blind sets (holdout-30..35, scored without reading them), 8 words kept two more crisis messages
    /// from none than 12 did, for 13 more check-ins on 714 ordinary messages.
    /// </summary>
    public const int LongMinWords = 8;

    public static MessageSize Of(ReadOnlySpan<char> text)
    {
        var words = MessageWords.Count(text, LongMinWords);
        return words <= ShortReply.MaxWords ? MessageSize.Short
            : words >= LongMinWords ? MessageSize.Long
            : MessageSize.Normal;
    }
}
