namespace RecoveryBot.Host.Responders;

/// <summary>
/// Headers on every console response: no caching of pages that show transcripts, no framing, scripts and styles
/// only from our origin (no inline script, so injected markup cannot run).
/// </summary>
public static class SecurityHeaders
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        return await next(context);
    }
}
