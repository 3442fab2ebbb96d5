using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Endpoints;
using RecoveryBot.DirectLine.Options;

namespace RecoveryBot.DirectLine.Hosting;

public static class DirectLineEndpointExtensions
{
    private const string MiddlewareAdded = "RecoveryBot.DirectLine.Middleware";

    /// <summary>
    /// Forwarded headers (only when <c>WebChat:TrustedProxies</c> is set), WebSockets, CORS and rate limiting.
    /// Called by <see cref="MapDirectLine"/> and <c>MapWebChatWidget</c>; call it yourself earlier if other middleware
    /// must already see the forwarded scheme/host/address. Idempotent.
    /// </summary>
    public static WebApplication UseDirectLineMiddleware(this WebApplication app)
    {
        if (((IApplicationBuilder)app).Properties.ContainsKey(MiddlewareAdded))
            return app;
        ((IApplicationBuilder)app).Properties[MiddlewareAdded] = true;
        var web = app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value;
        if (web.TrustedProxies.Count > 0)
            app.UseForwardedHeaders(app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value);
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps the Direct Line 3.0 routes under <c>/v3/directline</c> (PROTOCOL §4.2).</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseDirectLineMiddleware();
        var dl = app.MapGroup(RequestUrls.Base).RequireCors(WebChatCors.PolicyName).AddEndpointFilter(StorageFailureFilter.InvokeAsync);
        dl.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        dl.MapPost("/tokens/refresh", TokenEndpoints.RefreshAsync);
        dl.MapPost("/conversations", ConversationEndpoints.StartAsync);
        dl.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        dl.MapGet("/conversations/{conversationId}/activities", ConversationEndpoints.GetActivitiesAsync);
        dl.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        dl.MapPost("/conversations/{conversationId}/upload", UploadEndpoint.PostAsync).DisableAntiforgery();
        dl.Map("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        // Only Web Chat's OAuth sign-in asks for a session id; it treats a failure as "none" (PROTOCOL §4.2).
        dl.MapGet("/session/getsessionid", () => DirectLineErrors.NotFound("Sessions are not used by this server."));
        return app;
    }
}
