using Microsoft.Extensions.Options;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Host.Rendering;
using RecoveryBot.Host.Turns;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Teams;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Teams;

/// <summary>
/// Teams team channels and group chats (issue #2 §6): the responders' channel is the handoff module's; anywhere
/// else the bot says it only talks privately — except that a crisis still gets the crisis resources at once,
/// because safety comes first in every scope.
/// </summary>
public sealed class TeamsGroupScope(
    TeamsResponderChannelHandler responders,
    IOptions<HandoffOptions> handoffOptions,
    IContentCatalog catalog,
    IDialogEngine engine,
    ReplyRenderer renderer)
{
    public const string PrivateOnlyMessage = "teams-group-scope";

    /// <returns>The turn's result when the activity came from a group scope, else null (a personal chat).</returns>
    public async Task<TurnResult?> TryHandleAsync(Activity inbound, TurnKind kind, CrisisAssessment assessment, string locale, CancellationToken ct)
    {
        if (inbound.ChannelId != ChannelIds.Teams || TeamsScope.Of(inbound) is not (TeamsConversationScope.Channel or TeamsConversationScope.GroupChat))
        {
            return null;
        }
        if (IsRespondersChannel(inbound))
        {
            // Claims, thread replies and "end"; anything else is responders talking among themselves.
            await responders.HandleAsync(inbound, ct);
            return TurnResult.Nothing;
        }
        if (assessment.Level == CrisisLevel.Crisis)
        {
            return new TurnResult(renderer.Render(engine.Fallback(FallbackKind.Crisis, locale, SafetyNames.ToId(assessment.Category)), inbound));
        }
        return kind == TurnKind.Ignored
            ? TurnResult.Nothing
            : new TurnResult(renderer.Render([catalog.Message(PrivateOnlyMessage, locale)], inbound));
    }

    private bool IsRespondersChannel(Activity inbound)
    {
        var channelId = handoffOptions.Value.Teams.ChannelId;
        return !string.IsNullOrEmpty(channelId) && inbound.Conversation?.Id is { } id
            && id.StartsWith(channelId, StringComparison.Ordinal);
    }
}
