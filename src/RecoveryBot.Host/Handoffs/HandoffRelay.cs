using RecoveryBot.Handoff.Service;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Handoffs;

/// <summary>
/// While a responder holds the conversation, the person's words go to them (stored redacted by the handoff
/// module) and the bot stays quiet; a crisis message raises an alert in the console instead of a bot reply.
/// While the person is still waiting, their words are kept for the responder and the bot keeps talking.
/// </summary>
public sealed class HandoffRelay(HandoffService handoffs)
{
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
