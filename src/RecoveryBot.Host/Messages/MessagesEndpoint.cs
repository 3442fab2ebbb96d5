using Microsoft.Extensions.Options;
using RecoveryBot.Host.Outbound;
using RecoveryBot.Host.Turns;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Messages;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework endpoint (PROTOCOL §3.5): read → authenticate → turn → answer.
/// expectReplies gets the replies inline; other channels get 200 at once and the replies through the Connector.
/// </summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotEndpointOptions> options,
        InboundGate gate,
        TurnPipeline pipeline,
        InvokeHandlers invokes,
        IReplySender sender)
    {
        var ct = http.RequestAborted;
        var read = await ActivityReader.ReadAsync(http.Request, options.Value.MaxRequestBodyBytes, ct);
        if (read.Rejection is not null)
        {
            return read.Rejection;
        }
        var activity = read.Activity!;

        var auth = await gate.CheckAsync(http.Request.Headers.Authorization.ToString(), activity, ct);
        if (auth is not null)
        {
            return auth;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invoke = await invokes.HandleAsync(activity, ct);
            return invoke is { InvokeStatus: { } status }
                ? Results.Json(invoke.InvokeBody, statusCode: status)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        var result = await pipeline.RunAsync(activity, ct);
        if (activity.DeliveryMode == "expectReplies")
        {
            var body = new ExpectedReplies { Activities = [.. result.Replies] };
            return Results.Json(body, ProtocolJson.Context.ExpectedReplies);
        }

        if (result.Replies.Count > 0)
        {
            await sender.EnqueueAsync(activity, result.Replies, CancellationToken.None);
        }
        return Results.Ok();
    }
}
