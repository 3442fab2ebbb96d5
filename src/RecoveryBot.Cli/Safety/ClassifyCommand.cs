using System.Text.Json;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Cli.Safety;

/// <summary>
/// <c>safety classify</c>: one output line per input line, in order, whatever the input holds — a malformed line
/// gets an error line so the output stays aligned with the input. Never echoes the text (privacy).
/// </summary>
public static class ClassifyCommand
{
    public static async Task RunAsync(ICrisisDetector detector, TextReader input, TextWriter output,
        CancellationToken cancellationToken)
    {
        var buffer = new System.Text.StringBuilder(64 * 1024);
        string? line;
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null)
        {
            if (line.Length == 0) continue;
            buffer.Append(ClassifyLine(detector, line)).Append('\n');
            if (buffer.Length > 60 * 1024)
            {
                await output.WriteAsync(buffer, cancellationToken);
                buffer.Clear();
            }
        }
        await output.WriteAsync(buffer, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    public static string ClassifyLine(ICrisisDetector detector, string line)
    {
        var parsed = InputLine.Parse(line);
        if (parsed.Error is not null)
        {
            return $"{{\"id\":{Json(parsed.Id)},\"error\":{Json(parsed.Error)}}}";
        }
        var a = detector.Assess(parsed.Text!, parsed.Lang);
        return $"{{\"id\":{Json(parsed.Id)},\"level\":\"{CompiledLexicon.Name(a.Level)}\",\"category\":\"{CompiledLexicon.Name(a.Category)}\"}}";
    }

    private static string Json(string? s) => s is null ? "null" : JsonSerializer.Serialize(s);
}
