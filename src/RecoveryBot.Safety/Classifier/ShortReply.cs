namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// A reply of one or two words ("a veces", "tonight", "ya no", "pills"). The classifier has too little evidence there to
/// sound a full alarm on its own: among 14,600 labelled messages, the 119 of at most two words are 118 none and one
/// crisis the rules already catch ("🪢 ready"), while the model called "tonight" and "ya no" (a normal answer to "are you
/// still using?") crisis. Rules still read every short message (kms, unalive, 💊💊💊 are theirs).
/// </summary>
public static class ShortReply
{
    public const int MaxWords = 2;

    /// <summary>
    /// The flag a short reply needs for a classifier check-in, at least: one-word answers to the bot's own screening
    /// questions ("a veces", "kinda", "idk", "no sé") sit at 0.40–0.55 and must not interrupt the questionnaire they answer.
    /// </summary>
    public const float MinFlag = 0.55f;

    /// <summary>True when <paramref name="text"/> has at most <see cref="MaxWords"/> words (an emoji counts as one).</summary>
    public static bool Is(ReadOnlySpan<char> text) => MessageWords.Count(text, MaxWords + 1) <= MaxWords;
}
