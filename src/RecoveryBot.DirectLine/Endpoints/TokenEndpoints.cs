using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Tokens;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary><c>tokens/generate</c> (secret only, server-to-server) and <c>tokens/refresh</c> (token only), PROTOCOL §4.2–4.3.</summary>
public static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpContext context, CallerAuthenticator auth, DirectLineTokenService tokens)
    {
        var (caller, failure) = await auth.AuthenticateAsync(context);
        if (caller is null)
            return failure!;
        if (!caller.IsSecret)
            return DirectLineErrors.Forbidden("tokens/generate needs the Direct Line secret (server-to-server).");
        var (parameters, error) = await ReadParametersAsync(context);
        if (error is not null)
            return error;
        var userId = string.IsNullOrWhiteSpace(parameters?.User?.Id) ? ConversationIds.NewUserId() : parameters.User.Id;
        if (userId.Length > 128)
            return DirectLineErrors.BadRequest("user.id is too long.");
        var conversationId = ConversationIds.NewConversationId();
        var token = await tokens.IssueAsync(conversationId, userId);
        return Results.Json(new ConversationResponse(conversationId, token, tokens.LifetimeSeconds), DirectLineJsonContext.Default.ConversationResponse);
    }

    public static async Task<IResult> RefreshAsync(HttpContext context, CallerAuthenticator auth, DirectLineTokenService tokens)
    {
        var (caller, failure) = await auth.AuthenticateAsync(context);
        if (caller is null)
            return failure!;
        if (caller.IsSecret)
            return DirectLineErrors.Forbidden("tokens/refresh needs a token, not a secret.");
        var current = caller.Token!;
        var token = await tokens.IssueAsync(current.ConversationId, current.UserId);
        return Results.Json(new ConversationResponse(current.ConversationId, token, tokens.LifetimeSeconds), DirectLineJsonContext.Default.ConversationResponse);
    }

    /// <summary>Optional <c>{"user":{"id"}}</c> body; an empty body is fine, malformed JSON is a 400.</summary>
    public static async Task<(TokenParameters? Parameters, IResult? Error)> ReadParametersAsync(HttpContext context)
    {
        var body = await LimitedBody.ReadAsync(context.Request, 16 * 1024, context.RequestAborted);
        if (body is null)
            return (null, DirectLineErrors.TooLarge("The request body is too large."));
        if (body.Length == 0)
            return (null, null);
        try
        {
            return (JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.TokenParameters), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("The body is not valid JSON."));
        }
    }
}
