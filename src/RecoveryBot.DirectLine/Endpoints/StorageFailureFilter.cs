using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>
/// Direct Line routes read and write the conversation log; when storage is down or full, the caller gets a 503
/// with Retry-After (nothing was accepted, send it again) instead of a 500. DirectLineJS and Web Chat treat a 5xx
/// as a failed request and let the person retry; a message is only ever acknowledged once it is stored.
/// </summary>
public static partial class StorageFailureFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            if (context.HttpContext.Response.HasStarted)
            {
                throw; // a stream already answered: nothing better can be sent now
            }
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageFailureFilter));
            LogFailed(logger, ex, context.HttpContext.Request.Path.Value);
            return DirectLineErrors.Unavailable(TimeSpan.FromSeconds(5), "The service cannot store conversations right now; try again shortly.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line request {Path} failed; answered 503")]
    private static partial void LogFailed(ILogger logger, Exception ex, string? path);
}
