using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>Flags the stigmatising words of words.yaml, as whole words, in every line (CONTENT-BRIEF §4).</summary>
internal static class StigmaCheck
{
    public static void Check(LocalizedText? text, LoadedContent content, string file, int line,
        List<ContentProblem> problems)
    {
        if (text is null)
        {
            return;
        }
        foreach (var line2 in new[] { text.En, text.Es })
        {
            var padded = " " + (line2.Length > TextNormalizer.MaxRecognisedLength
                ? Chunked(line2) : TextNormalizer.Normalize(line2)) + " ";
            foreach (var word in content.Stigma)
            {
                if (padded.Contains(" " + TextNormalizer.Normalize(word.Word) + " ", StringComparison.Ordinal))
                {
                    problems.Add(new(file, line, Rules.Stigmatising,
                        $"'{word.Word}' is a stigmatising word; say '{word.Instead}' instead (CONTENT-BRIEF §4)"));
                }
            }
        }
    }

    /// <summary>The normaliser skips long text (a hot-path guard); content lines are checked piecewise.</summary>
    private static string Chunked(string text)
    {
        var parts = new List<string>();
        // Split at spaces so no word is cut in two.
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + 250);
            if (end < text.Length && text.LastIndexOf(' ', end - 1, end - start) is var space and > 0 && space > start)
            {
                end = space;
            }
            parts.Add(TextNormalizer.Normalize(text[start..end]));
            start = end;
        }
        return string.Join(' ', parts);
    }
}
