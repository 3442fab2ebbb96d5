using RecoveryBot.Handoff.Service;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Handoffs;

/// <summary>
/// While a responder holds the conversation, the person's words go to them (stored redacted by the handoff
/// module) and the bot stays quiet; a crisis message raises an alert in the console instead of a bot reply.
/// While the person is still waiting, their words are kept for the responder and the bot keeps talking.
/// </summary>
public sealed partial class HandoffRelay(HandoffService handoffs, ILogger<HandoffRelay> logger)
{
    /// <summary>The person is typing (Web Chat sends at most one typing activity every few seconds): tell the holder.</summary>
    public async Task NoteTypingAsync(Activity inbound, CancellationToken ct)
    {
        if (inbound.Type != ActivityTypes.Typing || inbound.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }
        try
        {
            await handoffs.PersonTypingAsync(conversationId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A typing hint is never worth failing the request for.
            LogTypingFailed(logger, ex, conversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Typing hint for {ConversationId} not delivered")]
    private static partial void LogTypingFailed(ILogger logger, Exception ex, string conversationId);

    /// <returns>True when a responder received the message, so the bot must not answer.</returns>
    public async Task<bool> TryRelayAsync(string conversationId, string text, CrisisAssessment assessment, CancellationToken ct)
    {
        if (text.Length == 0)
        {
            return false;
        }
        var result = await handoffs.RelayFromPersonAsync(conversationId, text, assessment.Level == CrisisLevel.Crisis, ct);
        return result.Outcome == RelayOutcome.Delivered;
    }
}
