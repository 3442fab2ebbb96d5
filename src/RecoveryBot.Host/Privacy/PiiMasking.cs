using RecoveryBot.Safety.SecondOpinion;

namespace RecoveryBot.Host.Privacy;

/// <summary>Replaces recognized PII spans with <c>[category]</c>; offsets are UTF-16 code units into the text sent.</summary>
public static class PiiMasking
{
    public static string Mask(string text, IEnumerable<PiiEntity> entities, double minConfidence)
    {
        var spans = entities
            .Where(e => e.ConfidenceScore >= minConfidence && e.Length > 0 && e.Offset >= 0 && e.Offset + e.Length <= text.Length)
            .OrderByDescending(e => e.Offset)
            .ToList();
        var result = text;
        var lowestStart = int.MaxValue;
        foreach (var entity in spans)
        {
            // Overlapping spans: the later-starting one was already masked; skip rather than cut a placeholder.
            if (entity.Offset + entity.Length > lowestStart)
                continue;
            var span = result.Substring(entity.Offset, entity.Length);
            if (span.StartsWith('[') && span.EndsWith(']'))
                continue; // one of the regex pass's own placeholders
            result = string.Concat(result.AsSpan(0, entity.Offset), Placeholder(entity.Category), result.AsSpan(entity.Offset + entity.Length));
            lowestStart = entity.Offset;
        }
        return result;
    }

    private static string Placeholder(string category) =>
        "[" + (string.IsNullOrWhiteSpace(category) ? "pii" : category.ToLowerInvariant()) + "]";
}
