using System.Text.Json;

namespace RecoveryBot.Cli.Safety;

/// <summary>One JSON Lines record: <c>{"id","text","lang"?,"expected"?,"category"?}</c>, or why it is unusable.</summary>
public sealed record InputLine(string? Id, string? Text, string? Lang, string? Expected, string? Category, string? Error)
{
    public static InputLine Parse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new(null, null, null, null, null, "line is not a JSON object");
            }
            var root = doc.RootElement;
            var id = Str(root, "id");
            var text = Str(root, "text");
            return text is null
                ? new(id, null, null, null, null, "missing string field 'text'")
                : new(id, text, Str(root, "lang"), Str(root, "expected"), Str(root, "category"), null);
        }
        catch (JsonException)
        {
            return new(null, null, null, null, null, "malformed JSON");
        }
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;
}
