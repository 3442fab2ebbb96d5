namespace RecoveryBot.Protocol.Authentication;

/// <summary>
/// Outcome of inbound authentication. <see cref="StatusCode"/> is what the endpoint answers on failure (401 or 403,
/// PROTOCOL §2.1 [AMBIGUOUS] resolved as "401 invalid, 403 unendorsed"); <see cref="Reason"/> is a short, token-free
/// explanation safe to log.
/// </summary>
public sealed record InboundAuthResult(bool Succeeded, int StatusCode, string? Reason, string? CallerId)
{
    public static InboundAuthResult Success(string? callerId) => new(true, 200, null, callerId);
    public static InboundAuthResult Anonymous() => new(true, 200, "authentication disabled (no MicrosoftAppId)", null);
    public static InboundAuthResult Unauthorized(string reason) => new(false, 401, reason, null);
    public static InboundAuthResult Forbidden(string reason) => new(false, 403, reason, null);
}
