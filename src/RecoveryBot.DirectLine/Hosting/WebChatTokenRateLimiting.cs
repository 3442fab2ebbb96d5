using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.DirectLine.Endpoints;
using RecoveryBot.DirectLine.Options;

namespace RecoveryBot.DirectLine.Hosting;

/// <summary>
/// ASP.NET Core rate limiting for the anonymous token endpoint: <c>WebChat:TokenRequestsPerMinute</c> per client
/// address. The address is the connection's, rewritten by ForwardedHeaders only for trusted proxies.
/// </summary>
public static class WebChatTokenRateLimiting
{
    public const string PolicyName = "recoverybot-webchat-token";

    public static IServiceCollection AddWebChatTokenRateLimiter(this IServiceCollection services, WebChatOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await DirectLineErrors.Error(StatusCodes.Status429TooManyRequests, "Throttled", "Too many chat sessions from this address; try again in a minute.")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(PolicyName, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.TokenRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
}
