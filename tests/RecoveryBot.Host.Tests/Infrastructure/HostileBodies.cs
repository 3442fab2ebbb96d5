using System.Text;

namespace RecoveryBot.Host.Tests.Infrastructure;

/// <summary>Generates hostile /api/messages bodies: each case picks one way of being wrong.</summary>
public static class HostileBodies
{
    private const string Valid = """
        {"type":"message","id":"a1","channelId":"test","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u1","name":"P"},
         "recipient":{"id":"bot"},"conversation":{"id":"fuzz-conv"},"text":"hello","locale":"en-US","deliveryMode":"expectReplies",
         "entities":[{"type":"clientInfo","locale":"en-US"}],"channelData":{"tenant":{"id":"t"}},"attachments":[]}
        """;

    private static readonly string[] Fields =
        ["type", "id", "channelId", "serviceUrl", "from", "recipient", "conversation", "text", "locale", "entities", "channelData", "attachments", "value", "suggestedActions", "membersAdded", "deliveryMode"];

    private static readonly string[] Replacements =
        ["null", "0", "-1", "1e999", "true", "\"\"", "[]", "{}", "[null]", "{\"id\":null}", "\"\\u0000\"", "\"\\ud800\"", "[[[[[]]]]]", "{\"$ref\":\"#\"}"];

    public static byte[] Next(Random random, int index) => (index % 9) switch
    {
        0 => Truncated(random),
        1 => RandomBytes(random),
        2 => Encoding.UTF8.GetBytes(Deep(random.Next(60, 3000))),
        3 => Encoding.UTF8.GetBytes(WrongType(random)),
        4 => Encoding.UTF8.GetBytes(Valid.Replace("\"text\":\"hello\"", "\"text\":\"" + new string('x', random.Next(1000, 200_000)) + "\"")),
        5 => Encoding.UTF8.GetBytes(Valid.TrimEnd().TrimEnd('}') + ",\"type\":\"message\",\"type\":\"invoke\",\"conversation\":null}"),
        6 => Encoding.UTF8.GetBytes(Valid.Replace("\"attachments\":[]", "\"attachments\":[" + string.Join(',', Enumerable.Repeat("{\"contentType\":\"x\"}", random.Next(100, 4000))) + "]")),
        7 => Encoding.UTF8.GetBytes(Valid.Replace("http://127.0.0.1:9/", random.Next(3) switch { 0 => "http://169.254.169.254/", 1 => "file:///etc/passwd", _ => "not a url" })),
        _ => Encoding.UTF8.GetBytes(OddUnicode(random)),
    };

    private static byte[] Truncated(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        return bytes[..random.Next(0, bytes.Length - 1)];
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 2048)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            bytes[0] = (byte)'{';
        }
        return bytes;
    }

    private static string Deep(int depth) =>
        "{\"type\":\"message\",\"channelId\":\"test\",\"conversation\":{\"id\":\"c\"},\"value\":" + new string('[', depth) + new string(']', depth) + "}";

    private static string WrongType(Random random)
    {
        var field = Fields[random.Next(Fields.Length)];
        var replacement = Replacements[random.Next(Replacements.Length)];
        return $$"""{"type":"message","channelId":"test","conversation":{"id":"c"},"from":{"id":"u"},"deliveryMode":"expectReplies","{{field}}":{{replacement}}}""";
    }

    private static string OddUnicode(Random random)
    {
        string[] texts = ["\u202e\u0645\u0631\u062d\u0628\u0627", "👩‍👩‍👧‍👦💊😭", "z\u0351\u0352\u0353\u0354\u0355", "\uFEFF\u200B\u200D", "ｋｍｓ", "I\u0000want", new string('\u0300', 5000)];
        var text = texts[random.Next(texts.Length)].Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u0000", "\\u0000");
        return Valid.Replace("\"text\":\"hello\"", "\"text\":\"" + text + "\"").Replace("fuzz-conv", "fuzz-" + random.Next(50));
    }
}
