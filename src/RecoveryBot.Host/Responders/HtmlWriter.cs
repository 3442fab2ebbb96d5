using System.Text;
using System.Text.Encodings.Web;

namespace RecoveryBot.Host.Responders;

/// <summary>
/// Builds server-rendered HTML with every piece of data encoded: <see cref="Text"/> and attribute values always
/// go through <see cref="HtmlEncoder"/>; only markup written in this codebase goes through <see cref="Raw"/>.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder html = new();

    public HtmlWriter Raw(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        html.Append(HtmlEncoder.Default.Encode(text ?? string.Empty));
        return this;
    }

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            html.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');
        }
        html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag) => Raw($"</{tag}>");

    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public override string ToString() => html.ToString();
}
