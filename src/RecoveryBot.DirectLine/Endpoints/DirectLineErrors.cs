using Microsoft.AspNetCore.Http;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>
/// Error answers as JSON <c>{"error":{"code","message"}}</c> with the swagger status codes (PROTOCOL §4.2).
/// DirectLineJS reacts to the status: 403 → ExpiredToken, 404 → Ended, other 4xx → failed post.
/// </summary>
public static class DirectLineErrors
{
    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);
    public static IResult MissingAuth() => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "An Authorization: Bearer header with a Direct Line secret or token is required.");
    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);
    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");
    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "NotFound", message);
    public static IResult TooLarge(string message) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);
    public static IResult UnsupportedMediaType(string message) => Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", message);
    public static IResult BotFailed() => Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not process the activity.");

    public static IResult Throttled(TimeSpan retryAfter, string message) =>
        new ThrottledResult(retryAfter, Error(StatusCodes.Status429TooManyRequests, "Throttled", message));

    /// <summary>503 with Retry-After: nothing was accepted, the same request may be sent again.</summary>
    public static IResult Unavailable(TimeSpan retryAfter, string message) =>
        new ThrottledResult(retryAfter, Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", message));

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse, statusCode: status);

    private sealed class ThrottledResult(TimeSpan retryAfter, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            // HTTP Retry-After is in seconds (RFC 9110 §10.2.3).
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
