using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Endpoints;
using RecoveryBot.DirectLine.Options;

namespace RecoveryBot.DirectLine.Hosting;

public static class WebChatWidgetExtensions
{
    /// <summary>
    /// The chat page at <c>/</c> and <c>/chat</c>, the static widget files from wwwroot (Web Chat's bundle at
    /// <c>/lib/webchat/webchat.js</c>, <c>/embed.js</c>), <c>POST /api/webchat/token</c> (rate-limited, CORS
    /// allow-list) and <c>GET /api/webchat/config</c>.
    /// </summary>
    public static WebApplication MapWebChatWidget(this WebApplication app)
    {
        app.UseDirectLineMiddleware();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                ctx.Context.Response.Headers.XContentTypeOptions = "nosniff";
                ctx.Context.Response.Headers.CacheControl = "public, max-age=3600";
            },
        });
        app.MapPost(WidgetEndpoints.TokenPath, WidgetEndpoints.IssueTokenAsync)
            .RequireRateLimiting(WebChatTokenRateLimiting.PolicyName)
            .RequireCors(WebChatCors.PolicyName);
        app.MapGet(WidgetEndpoints.ConfigPath, WidgetEndpoints.Config).RequireCors(WebChatCors.PolicyName);
        app.MapGet("/", ChatPage);
        app.MapGet("/chat", ChatPage);
        return app;
    }

    /// <summary>The page carries its Quick exit target in this tag, so the button works from the first moment: before
    /// <c>/api/webchat/config</c> answers, pressing it used to leave for the built-in default instead.</summary>
    private const string QuickExitMeta = "<meta name=\"rb-quick-exit\" content=\"\">";

    private static async Task<IResult> ChatPage(HttpContext context, IWebHostEnvironment environment, IOptions<WebChatOptions> options)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!file.Exists || file.PhysicalPath is null)
            return Results.NotFound();
        var html = await File.ReadAllTextAsync(file.PhysicalPath, context.RequestAborted);
        html = html.Replace(QuickExitMeta,
            $"<meta name=\"rb-quick-exit\" content=\"{HtmlEncoder.Default.Encode(options.Value.QuickExitTarget())}\">",
            StringComparison.Ordinal);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request, options.Value);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Nothing of the page (or the chat) should stay in caches after Quick exit.
        headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>No inline script anywhere; Web Chat injects its CSS-in-JS styles, hence style-src 'unsafe-inline'.
    /// Only allow-listed sites may frame the page (embed.js).</summary>
    private static string ContentSecurityPolicy(HttpRequest request, WebChatOptions options)
    {
        var ws = (request.IsHttps ? "wss://" : "ws://") + request.Host;
        var connect = string.IsNullOrWhiteSpace(options.DirectLineDomain) ? "" : " " + new Uri(options.DirectLineDomain).GetLeftPart(UriPartial.Authority) + " wss://" + new Uri(options.DirectLineDomain).Authority;
        var ancestors = string.Join(' ', options.AllowedOrigins.Prepend("'self'"));
        return $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
               $"media-src 'self' blob:; connect-src 'self' {ws}{connect}; frame-ancestors {ancestors}; base-uri 'none'; form-action 'none'; object-src 'none'";
    }
}
