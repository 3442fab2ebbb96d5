using System.Text;

namespace RecoveryBot.Dialogs.Content;

/// <summary>
/// Fills <c>{name}</c> placeholders from a frame's answers and the caller's arguments. No expression language
/// (ARCHITECTURE §5): an unknown name is left out rather than shown as a brace.
/// </summary>
public static class Template
{
    public static string Render(
        string text,
        IReadOnlyDictionary<string, string>? answers,
        IReadOnlyDictionary<string, string>? args)
    {
        if (text.IndexOf('{') < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }
            sb.Append(text, i, open - i);
            var name = text.Substring(open + 1, close - open - 1);
            if (args is not null && args.TryGetValue(name, out var a))
            {
                sb.Append(a);
            }
            else if (answers is not null && answers.TryGetValue(name, out var v))
            {
                sb.Append(v);
            }
            i = close + 1;
        }
        return sb.ToString();
    }
}
