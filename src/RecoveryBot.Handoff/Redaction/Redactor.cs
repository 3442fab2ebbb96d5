using System.Text.RegularExpressions;

namespace RecoveryBot.Handoff.Redaction;

/// <summary>
/// Removes what identifies a person before a transcript line is stored (ARCHITECTURE §8: transcripts are stored
/// redacted). Crisis numbers such as 911 or 988 are short and stay; anything 7+ digits that looks like a phone
/// number goes. Order matters: e-mail and SSN before phone, so their digits are not half-eaten.
/// </summary>
public static partial class Redactor
{
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var result = Email().Replace(text, "[email]");
        result = Ssn().Replace(result, "[ssn]");
        result = NumericDate().Replace(result, "[date]");
        result = WordDate().Replace(result, "[date]");
        result = Phone().Replace(result, "[phone]");
        result = EnglishStreet().Replace(result, "[address]");
        result = SpanishStreet().Replace(result, "[address]");
        result = NameIntro().Replace(result, m => m.Groups["intro"].Value + "[name]");
        return result;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\d{3}[- ]\d{2}[- ]\d{4}\b")]
    private static partial Regex Ssn();

    // 03/14/1990, 14.3.90, 1990-03-14
    [GeneratedRegex(@"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b")]
    private static partial Regex NumericDate();

    // March 14, 1990 / 14 March 1990 / 14 de marzo de 1990
    [GeneratedRegex(@"\b(?:\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)\p{L}*\.?,?\s+(?:de\s+)?\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    // +1 (555) 123-4567, 555.123.4567, 612 345 678, 07700 900123: 7+ digits with optional separators.
    [GeneratedRegex(@"(?<!\w)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d(?:[\s.-]?\d){6,13}(?!\w)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{1,5}\s+(?:[\p{L}'.-]+\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|crescent|close)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishStreet();

    [GeneratedRegex(@"\b(?:calle|c/|avenida|avda\.?|av\.|paseo|plaza|carrera|camino)\s+[\p{L}'. ]{2,40}?,?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishStreet();

    // "my name is Ana Lopez", "me llamo ana": the first word whatever its case, a second only when capitalised.
    [GeneratedRegex(@"(?<intro>\b(?:[Mm]y name is|[Mm]y name's|[Mm]e llamo|[Mm]i nombre es)\s+)\p{L}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?")]
    private static partial Regex NameIntro();
}
