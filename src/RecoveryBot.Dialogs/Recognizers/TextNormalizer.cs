namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// Folds what a person typed to a comparable key: lower case, no accents (so "espanol" = "español"), apostrophes
/// dropped ("I'm" = "im"), punctuation and emoji to spaces, single spaces. One pass, one string; no regex.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Longer input is not a command or a choice; recognising it would only cost time.</summary>
    public const int MaxRecognisedLength = 300;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxRecognisedLength)
        {
            return "";
        }
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (raw is '\'' or '’' or '`')
            {
                continue;
            }
            var c = Fold(raw);
            if (c == '\0')
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }
            buffer[n++] = c;
        }
        return n == 0 ? "" : new string(buffer[..n]);
    }

    /// <summary>A letter or digit folded to lower-case ASCII where it has a plain form; '\0' for a separator.</summary>
    private static char Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }
        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }
        return c switch
        {
            'á' or 'à' or 'â' or 'ä' or 'Á' or 'À' or 'Â' or 'Ä' => 'a',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' or 'Í' or 'Ì' or 'Î' or 'Ï' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' or 'Ó' or 'Ò' or 'Ô' or 'Ö' => 'o',
            'ú' or 'ù' or 'û' or 'ü' or 'Ú' or 'Ù' or 'Û' or 'Ü' => 'u',
            'ñ' or 'Ñ' => 'n',
            'ç' or 'Ç' => 'c',
            _ when char.IsLetter(c) => char.ToLowerInvariant(c),
            _ => '\0',
        };
    }
}
