using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.DirectLine.Streaming;
using RecoveryBot.DirectLine.Tokens;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary><c>GET conversations/{id}/stream?t=&lt;token&gt;[&amp;watermark=]</c> → WebSocket (PROTOCOL §4.5).</summary>
public static class StreamEndpoint
{
    public static async Task<IResult> ConnectAsync(string conversationId, HttpContext context, CallerAuthenticator auth,
        DirectLineConversations conversations, ConversationLog log, IConversationFeed feed, StreamRegistry registry,
        TimeProvider clock, IOptions<DirectLineOptions> options)
    {
        // Browsers cannot set headers on a WebSocket: the token travels in ?t= (PROTOCOL §4.2).
        var (caller, failure) = await auth.AuthenticateForAsync(context, conversationId, allowQueryToken: true);
        if (caller is null)
            return failure!;
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineErrors.BadRequest("This route expects a WebSocket upgrade.");
        if (!RequestUrls.TryReadWatermark(context.Request, out var watermark))
            return DirectLineErrors.BadRequest("watermark must be a number.");
        if (caller.IsSecret && (!ConversationIds.LooksValid(conversationId) || !await conversations.ExistsAsync(conversationId, context.RequestAborted)))
            return DirectLineErrors.NotFound("Unknown conversation.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new StreamSession(socket, conversationId, watermark, log, clock, TimeSpan.FromSeconds(Math.Max(1, options.Value.HeartbeatSeconds)));
        // Subscribe before the replay so nothing appended in between is missed.
        using (feed.Subscribe(conversationId, session.OnSignal))
        {
            registry.Register(conversationId, session);
            try
            {
                await session.RunAsync(context.RequestAborted);
            }
            finally
            {
                registry.Unregister(conversationId, session);
            }
        }
        return Results.Empty;
    }
}
