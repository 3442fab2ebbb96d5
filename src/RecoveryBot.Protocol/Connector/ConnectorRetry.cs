using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace RecoveryBot.Protocol.Connector;

/// <summary>
/// Retry rules for Connector calls (PROTOCOL §5.10): 429, 412, 502, 504 and network failures, exponential backoff
/// with jitter, <c>Retry-After</c> honoured when the service sends it. Other statuses (500, 4xx) are not retried:
/// a 500 on a send may already have posted the message, and a retry would post it twice.
/// </summary>
public static class ConnectorRetry
{
    private static readonly HashSet<HttpStatusCode> RetryableStatuses =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.GatewayTimeout,
    ];

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options, ILogger logger)
    {
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            // Reads Retry-After (seconds or HTTP date) and uses it instead of the backoff delay.
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome)),
            OnRetry = args =>
            {
                logger.LogWarning("Connector call retry {Attempt} in {DelayMs} ms after {Status}",
                    args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds,
                    args.Outcome.Result is { } r ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name);
                return default;
            },
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    public static bool IsRetryable(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => RetryableStatuses.Contains(response.StatusCode),
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };
}
