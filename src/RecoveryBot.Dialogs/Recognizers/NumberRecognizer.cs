namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// Reads a whole number from "3", "about 12 times", "none", "dos": the first digits, else a number word from
/// dialogs/recognizers.yaml. Returns false when there is no number.
/// </summary>
public sealed class NumberRecognizer(IReadOnlyDictionary<string, int> words)
{
    public bool TryRead(string normalized, out int value)
    {
        value = 0;
        var i = 0;
        while (i < normalized.Length && !char.IsAsciiDigit(normalized[i]))
        {
            i++;
        }
        if (i < normalized.Length)
        {
            var start = i;
            while (i < normalized.Length && char.IsAsciiDigit(normalized[i]) && i - start < 9)
            {
                i++;
            }
            value = int.Parse(normalized.AsSpan(start, i - start), System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        if (words.TryGetValue(normalized, out value))
        {
            return true;
        }
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized[range];
            if (words.TryGetValue(word, out value))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A US ZIP code: the first run of exactly five digits.</summary>
    public static bool TryReadZip(string normalized, out string zip)
    {
        zip = "";
        var i = 0;
        while (i < normalized.Length)
        {
            if (!char.IsAsciiDigit(normalized[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < normalized.Length && char.IsAsciiDigit(normalized[i]))
            {
                i++;
            }
            if (i - start == 5)
            {
                zip = normalized.Substring(start, 5);
                return true;
            }
        }
        return false;
    }
}
