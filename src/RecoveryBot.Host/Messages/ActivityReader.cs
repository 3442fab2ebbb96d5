using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Messages;

/// <summary>The outcome of reading a request body as an activity: the activity, or the 4xx to answer.</summary>
public readonly record struct ActivityReadResult(Activity? Activity, IResult? Rejection);

/// <summary>
/// Reads and checks an inbound activity without trusting the sender: size cap before parsing (413), JSON
/// errors of any kind (truncated, invalid UTF-8, too deep, wrong types) → 400, required fields (A2010, A2020,
/// A2080) → 400. Nothing here can throw into a 500.
/// </summary>
public static class ActivityReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {maxBytes} bytes.");
        }
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the activity as application/json.");
        }

        ReadOnlySequence<byte> body;
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(ct);
            if (read.Buffer.Length > maxBytes)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return Reject(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {maxBytes} bytes.");
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                body = read.Buffer;
                var result = Parse(body);
                reader.AdvanceTo(body.End);
                return result;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    public static ActivityReadResult Parse(ReadOnlySequence<byte> body)
    {
        Activity? activity;
        try
        {
            var jsonReader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            activity = JsonSerializer.Deserialize(ref jsonReader, ProtocolJson.Context.Activity);
        }
        catch (JsonException)
        {
            return Reject(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not a valid activity (JSON).");
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or an unexpected token type surfaces as InvalidOperationException in some readers.
            return Reject(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not a valid activity (JSON).");
        }

        var missing = MissingField(activity);
        return missing is null
            ? new ActivityReadResult(activity, null)
            : Reject(StatusCodes.Status400BadRequest, "MissingProperty", $"The activity has no '{missing}'.");
    }

    private static string? MissingField(Activity? activity) => activity switch
    {
        null => "type",
        { Type: null or "" } => "type",
        { ChannelId: null or "" } => "channelId",
        { Conversation.Id: null or "" } or { Conversation: null } => "conversation.id",
        _ => null,
    };

    private static ActivityReadResult Reject(int status, string code, string message) =>
        new(null, ProblemResults.Error(status, code, message));
}
