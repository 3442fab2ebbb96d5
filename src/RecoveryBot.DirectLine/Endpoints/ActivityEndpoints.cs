using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.DirectLine.Tokens;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary><c>POST conversations/{id}/activities</c> (PROTOCOL §4.4): checks, then the delivery path.</summary>
public static class ActivityEndpoints
{
    public static async Task<IResult> PostAsync(string conversationId, HttpContext context, CallerAuthenticator auth,
        ConversationRateLimiter limiter, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var (caller, failure) = await auth.AuthenticateForAsync(context, conversationId);
        if (caller is null)
            return failure!;
        var body = await LimitedBody.ReadAsync(context.Request, options.Value.MaxActivityBytes, context.RequestAborted);
        if (body is null)
            return DirectLineErrors.TooLarge($"An activity may be at most {options.Value.MaxActivityBytes} bytes.");
        var (activity, error) = InboundActivityParser.Parse(body);
        if (activity is null)
            return DirectLineErrors.BadRequest(error!);
        return await AcceptAsync(conversationId, activity, caller, context, limiter, conversations);
    }

    /// <summary>Shared by the JSON and the upload route: rate limit, identity, delivery, answer.</summary>
    public static async Task<IResult> AcceptAsync(string conversationId, Activity activity, DirectLineCaller caller, HttpContext context,
        ConversationRateLimiter limiter, DirectLineConversations conversations)
    {
        if (caller.IsSecret && (!ConversationIds.LooksValid(conversationId) || !await conversations.ExistsAsync(conversationId, context.RequestAborted)))
            return DirectLineErrors.NotFound("Unknown conversation.");
        // Secret callers are the site's own server and may speak for any user; token callers only for theirs.
        var userId = caller.Token?.UserId ?? activity.From?.Id;
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > 128)
            return DirectLineErrors.BadRequest("The activity needs from.id.");
        // Checked before anything is stored: a 429 means "not accepted", so nothing acknowledged is ever dropped.
        if (!limiter.TryAcquire(conversationId, out var retryAfter))
            return DirectLineErrors.Throttled(retryAfter, "Too many activities in this conversation; retry later.");
        if (activity.Type == ActivityTypes.Typing)
        {
            await conversations.NoteTypingAsync(conversationId, activity, userId, RequestUrls.ServiceUrl(context.Request));
            return Results.Json(new ResourceIdResponse(conversationId + "|typing"), DirectLineJsonContext.Default.ResourceIdResponse);
        }

        var result = await conversations.PostAsync(conversationId, activity, userId, RequestUrls.ServiceUrl(context.Request), context.RequestAborted);
        return result.Outcome == PostOutcome.Accepted
            ? Results.Json(new ResourceIdResponse(result.ActivityId), DirectLineJsonContext.Default.ResourceIdResponse)
            : DirectLineErrors.BotFailed();
    }
}
