using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Authentication;

namespace RecoveryBot.Host.Messages;

/// <summary>
/// Authenticates an inbound activity (PROTOCOL §2) and turns a refusal into the answer: 401 for a missing or
/// invalid token, 403 for a valid token whose key is not endorsed for the channel. Logs ids and the reason only.
/// </summary>
public sealed partial class InboundGate(IInboundAuthenticator authenticator, ILogger<InboundGate> logger)
{
    public async Task<IResult?> CheckAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        var result = await authenticator.AuthenticateAsync(string.IsNullOrEmpty(authorizationHeader) ? null : authorizationHeader, activity, ct);
        if (result.Succeeded)
        {
            return null;
        }

        LogRefused(logger, activity.ChannelId, activity.Conversation?.Id, result.StatusCode, result.Reason);
        return result.StatusCode == StatusCodes.Status403Forbidden
            ? ProblemResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this channel.")
            : ProblemResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A valid Bot Framework token is required.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity on {ChannelId}/{ConversationId}: {Status} {Reason}")]
    private static partial void LogRefused(ILogger logger, string? channelId, string? conversationId, int status, string? reason);
}
