using Microsoft.AspNetCore.Http;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.DirectLine.Tokens;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>Start (<c>POST conversations</c>), reconnect (<c>GET conversations/{id}</c>) and polling
/// (<c>GET conversations/{id}/activities</c>), PROTOCOL §4.2/4.5.</summary>
public static class ConversationEndpoints
{
    public static async Task<IResult> StartAsync(HttpContext context, CallerAuthenticator auth, DirectLineTokenService tokens, DirectLineConversations conversations)
    {
        var (caller, failure) = await auth.AuthenticateAsync(context);
        if (caller is null)
            return failure!;
        string conversationId, token;
        string? userId;
        if (caller.IsSecret)
        {
            // With the secret, every start is a new conversation; its token binds the user named in the body.
            var (parameters, error) = await TokenEndpoints.ReadParametersAsync(context);
            if (error is not null)
                return error;
            conversationId = ConversationIds.NewConversationId();
            userId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? ConversationIds.NewUserId() : parameters.User.Id;
        }
        else
        {
            conversationId = caller.Token!.ConversationId;
            userId = caller.Token.UserId;
        }
        token = await tokens.IssueAsync(conversationId, userId);
        var created = await conversations.EnsureStartedAsync(conversationId, userId, RequestUrls.ServiceUrl(context.Request), context.RequestAborted);
        var body = new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, RequestUrls.StreamUrl(context.Request, conversationId, token, null));
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static async Task<IResult> ReconnectAsync(string conversationId, HttpContext context, CallerAuthenticator auth, DirectLineTokenService tokens, DirectLineConversations conversations)
    {
        var (caller, failure) = await auth.AuthenticateForAsync(context, conversationId);
        if (caller is null)
            return failure!;
        if (!RequestUrls.TryReadWatermark(context.Request, out var watermark))
            return DirectLineErrors.BadRequest("watermark must be a number.");
        if (caller.IsSecret)
        {
            if (!ConversationIds.LooksValid(conversationId) || !await conversations.ExistsAsync(conversationId, context.RequestAborted))
                return DirectLineErrors.NotFound("Unknown conversation.");
        }
        else
        {
            // The signed token proves the id was issued: a never-started conversation starts now.
            await conversations.EnsureStartedAsync(conversationId, caller.Token!.UserId, RequestUrls.ServiceUrl(context.Request), context.RequestAborted);
        }
        var token = caller.IsSecret ? await tokens.IssueAsync(conversationId, null) : await tokens.IssueAsync(conversationId, caller.Token!.UserId);
        var body = new ConversationResponse(conversationId, token, tokens.LifetimeSeconds, RequestUrls.StreamUrl(context.Request, conversationId, token, watermark));
        return Results.Json(body, DirectLineJsonContext.Default.ConversationResponse);
    }

    public static async Task<IResult> GetActivitiesAsync(string conversationId, HttpContext context, CallerAuthenticator auth, DirectLineConversations conversations, ConversationLog log)
    {
        var (caller, failure) = await auth.AuthenticateForAsync(context, conversationId);
        if (caller is null)
            return failure!;
        if (!RequestUrls.TryReadWatermark(context.Request, out var watermark))
            return DirectLineErrors.BadRequest("watermark must be a number.");
        if (caller.IsSecret && (!ConversationIds.LooksValid(conversationId) || !await conversations.ExistsAsync(conversationId, context.RequestAborted)))
            return DirectLineErrors.NotFound("Unknown conversation.");
        var page = await log.ReadAfterAsync(conversationId, watermark, context.RequestAborted);
        var last = page.Count > 0 ? page[^1].Watermark : watermark;
        return Results.Bytes(ConversationLog.ToActivitySet(conversationId, page, last), "application/json; charset=utf-8");
    }
}
