namespace RecoveryBot.Safety.Normalization;

/// <summary>Lower-casing, accent folding and leetspeak (SAFETY-NOTES §7 rule 2). Pure table look-ups.</summary>
internal static class CharFolding
{
    /// <summary>Lower case without accents: "Á" → 'a', "ñ" → 'n', "ü" → 'u'. Non-letters are returned unchanged.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' => 'a',
            'ç' or 'ć' or 'č' => 'c',
            'è' or 'é' or 'ê' or 'ë' or 'ē' => 'e',
            'ì' or 'í' or 'î' or 'ï' or 'ı' => 'i',
            'ñ' or 'ń' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ý' or 'ÿ' => 'y',
            'ß' => 's',
            _ => c,
        };
    }

    /// <summary>Leetspeak digit or symbol inside a word → the letter it stands for, or '\0'.</summary>
    public static char Leet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '@' => 'a',
        '$' => 's',
        '|' => 'l',
        _ => '\0',
    };

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or 'ʼ' or '´';

    /// <summary>A double quotation mark that opens or closes by position: " “ ” „ « ».</summary>
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n' or '\r' or '…';

    public static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '¿' or '¡';
}
