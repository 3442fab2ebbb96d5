namespace RecoveryBot.Protocol.Connector;

/// <summary>
/// A Connector call answered with a non-success status (after retries). Carries what the logs need: status, the
/// service's error code and its <c>X-Correlating-OperationId</c> (PROTOCOL §3.4); never the message text.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string operation, int statusCode, string? errorCode, string? correlationId)
        : base($"Connector {operation} failed with HTTP {statusCode}{(errorCode is null ? "" : $" ({errorCode})")}; correlation id {correlationId ?? "none"}.")
    {
        Operation = operation;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
    }

    public string Operation { get; }
    public int StatusCode { get; }
    /// <summary><c>error.code</c> of the ErrorResponse, e.g. <c>MessageWritesBlocked</c> (user blocked the bot, §5.7).</summary>
    public string? ErrorCode { get; }
    /// <summary>Value of the <c>X-Correlating-OperationId</c> response header.</summary>
    public string? CorrelationId { get; }
}

/// <summary>Refused before sending: our token must never reach a host outside the allow-list (PROTOCOL §3.2).</summary>
public sealed class UntrustedServiceUrlException(string host)
    : InvalidOperationException($"serviceUrl host '{host}' is not trusted to receive the bot's token.")
{
    public string Host { get; } = host;
}
