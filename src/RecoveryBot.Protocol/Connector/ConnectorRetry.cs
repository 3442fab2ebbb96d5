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
        // Backoff, attempt timeouts and the pipeline's shutdown drain are about the real network, so they run on the
        // wall clock even when the host's TimeProvider is a test's fake clock. On a frozen clock Polly's drain (wait
        // for in-flight calls, give up after 30 s) never gives up, and disposing the host hung the test run.
        builder.TimeProvider = TimeProvider.System;
        if (options.MaxRetryAttempts > 0) // 0 means "no retries"; Polly's retry strategy refuses 0 attempts
        {
            builder.AddRetry(RetryOptions(options, logger));
        }
        builder.AddTimeout(options.AttemptTimeout);
    }

    private static HttpRetryStrategyOptions RetryOptions(ConnectorOptions options, ILogger logger) => new()
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
    };

    public static bool IsRetryable(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => RetryableStatuses.Contains(response.StatusCode),
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };
}
