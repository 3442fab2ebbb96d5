using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.DirectLine.Tokens;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>The hosted widget's anonymous token (issue #5 §3) and its small public configuration.</summary>
public static class WidgetEndpoints
{
    public const string TokenPath = "/api/webchat/token";
    public const string ConfigPath = "/api/webchat/config";

    /// <summary>A fresh anonymous user and conversation; nothing is started until the client connects.</summary>
    public static async Task<IResult> IssueTokenAsync(DirectLineTokenService tokens)
    {
        var conversationId = ConversationIds.NewConversationId();
        var userId = ConversationIds.NewUserId();
        var token = await tokens.IssueAsync(conversationId, userId);
        return Results.Json(new WidgetTokenResponse(conversationId, token, tokens.LifetimeSeconds, userId), DirectLineJsonContext.Default.WidgetTokenResponse);
    }

    public static IResult Config(IOptions<WebChatOptions> options)
    {
        var o = options.Value;
        return Results.Json(new WidgetConfigResponse(
            string.IsNullOrWhiteSpace(o.DirectLineDomain) ? null : o.DirectLineDomain,
            string.IsNullOrWhiteSpace(o.TokenUrl) ? TokenPath : o.TokenUrl,
            o.QuickExitTarget()), DirectLineJsonContext.Default.WidgetConfigResponse);
    }
}
