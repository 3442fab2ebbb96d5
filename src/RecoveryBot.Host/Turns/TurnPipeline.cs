using Stopwatch = System.Diagnostics.Stopwatch;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Host.Handoffs;
using RecoveryBot.Host.Observability;
using RecoveryBot.Host.Privacy;
using RecoveryBot.Host.Rendering;
using RecoveryBot.Host.Teams;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Teams;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.SecondOpinion;
using RecoveryBot.Storage.Coordination;
using RecoveryBot.Storage.Privacy;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Turns;

/// <summary>
/// One turn, in the order ARCHITECTURE §3 fixes: safety (before any state) → load record (ETag) → handoff relay
/// or dialogs → effects → save → replies. Turns of one conversation never interleave (a per-conversation lock
/// plus the ETag). Whatever fails after the safety stage, the person still gets a reply from content, with
/// crisis resources when the message was a crisis: never a stack trace, never silence.
/// </summary>
public sealed partial class TurnPipeline(
    ICrisisDetector detector,
    SecondOpinionDetector secondOpinion,
    IDialogEngine engine,
    ConversationStore conversations,
    IConversationLock locks,
    ReplyRenderer renderer,
    TurnEffects effects,
    HandoffRelay relay,
    TeamsGroupScope teamsGroups,
    RecoveryBotMetrics metrics,
    ITextRedactor redactor,
    ILogger<TurnPipeline> logger)
{
    private const int MaxSaveAttempts = 3;

    public async Task<TurnResult> RunAsync(Activity inbound, CancellationToken ct)
    {
        var kind = TurnKinds.Classify(inbound);
        if (kind == TurnKind.Ignored)
        {
            await relay.NoteTypingAsync(inbound, ct); // the responder sees "typing…" during a handoff
            return TurnResult.Nothing;
        }

        var started = Stopwatch.GetTimestamp();
        var text = kind == TurnKind.Message ? TeamsMentions.RemoveRecipientMention(inbound) ?? string.Empty : string.Empty;
        var locale = Locales.FromActivity(TurnKinds.JoinLanguage(inbound) ?? inbound.Locale);

        // SAFETY first: needs nothing but the text, so a storage outage cannot hide a crisis. The optional Azure AI
        // Language second opinion may raise a "none" with risk words to "concern"; it never lowers a verdict.
        var assessment = text.Length == 0 ? CrisisAssessment.NoRisk : await secondOpinion.AssessAsync(text, locale, null, ct);

        try
        {
            var result = await teamsGroups.TryHandleAsync(inbound, kind, assessment, locale, ct)
                ?? await RunWithStateAsync(inbound, kind, text, locale, assessment, ct);
            metrics.RecordTurn(inbound.ChannelId!, "ok", Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogTurnFailed(logger, ex, inbound.ChannelId, inbound.Conversation?.Id, inbound.Id, assessment.Level);
            metrics.RecordTurn(inbound.ChannelId!, "fallback", Stopwatch.GetElapsedTime(started));
            var fallback = assessment.Level == CrisisLevel.Crisis
                ? engine.Fallback(FallbackKind.Crisis, locale, SafetyNames.ToId(assessment.Category))
                : engine.Fallback(FallbackKind.TryAgain, locale);
            return new TurnResult(renderer.Render(fallback, inbound));
        }
    }

    private async Task<TurnResult> RunWithStateAsync(Activity inbound, TurnKind kind, string text, string locale, CrisisAssessment assessment, CancellationToken ct)
    {
        var channelId = inbound.ChannelId!;
        var conversationId = inbound.Conversation!.Id!;
        await using var held = await locks.AcquireAsync($"{channelId}:{conversationId}", ct);

        for (var attempt = 1; ; attempt++)
        {
            var loaded = await conversations.LoadAsync(channelId, conversationId, ct);
            var record = loaded.Record;
            if (kind == TurnKind.ConversationStarted && record.Welcomed)
            {
                return TurnResult.Nothing; // Teams sends two install activities; greet once.
            }
            if (kind == TurnKind.Message && record.LastTurn is { } last && last.ActivityId == inbound.Id)
            {
                // Already saved: repeat the replies, don't redo the turn. The instance that saved it may have died
                // before its effects ran, so the ones that must happen at least once run again (idempotently).
                if (last.Effects is { Count: > 0 } kept)
                {
                    await effects.AfterRepeatAsync(new TurnOutcome(inbound, new DialogTurn(last.Replies, kept, record.Dialog), assessment, record, record), ct);
                }
                return new TurnResult(renderer.Render(last.Replies, inbound));
            }

            // With the conversation's memory the detector can escalate (SAFETY-NOTES §7 rule 8); it never lowers.
            if (kind == TurnKind.Message && text.Length > 0 && record.Risk.HighestLevel != CrisisLevel.None)
            {
                assessment = SafetyNames.MoreUrgent(assessment, detector.Assess(text, locale, record.Risk));
            }

            // A responder holds the conversation: the words go to them (a crisis raises an alert in the console).
            var relayed = kind == TurnKind.Message && record.MayHaveHandoff != false
                && await relay.TryRelayAsync(conversationId, text, assessment, ct);
            var turn = relayed
                ? new DialogTurn([], [], record.Dialog)
                : engine.Run(record.Dialog, new DialogInput(
                    kind == TurnKind.ConversationStarted ? InputKind.ConversationStarted : InputKind.Message,
                    text,
                    InboundChoice.ChoiceValue(inbound),
                    record.Dialog.Locale ?? locale,
                    SafetyNames.ToSignal(assessment.Level),
                    SafetyNames.ToId(assessment.Category),
                    channelId,
                    SafetyNames.ToSource(assessment)));

            var updated = record with
            {
                Dialog = await StoredAnswers.RedactNewAsync(record.Dialog, turn.State, redactor, locale, ct),
                Risk = kind == TurnKind.Message ? record.Risk.After(assessment) : record.Risk,
                Welcomed = true,
                Turns = record.Turns + 1,
                Reference = ReferenceOf(inbound),
                MayHaveHandoff = record.MayHaveHandoff != false || turn.Effects.Any(e => e.Kind == EffectKind.HandoffRequested),
                LastTurn = kind == TurnKind.Message && inbound.Id is not null
                    ? new AnsweredTurn(inbound.Id, turn.Replies) { Effects = KeptForRepeat(turn.Effects) }
                    : null,
            };

            var outcome = new TurnOutcome(inbound, turn, assessment, record, updated);
            try
            {
                if (outcome.Has(EffectKind.DeleteDataRequested))
                {
                    await conversations.DeleteAsync(channelId, conversationId, ct);
                }
                else
                {
                    await conversations.SaveAsync(loaded, updated, ct);
                }
            }
            catch (ConcurrencyConflictException) when (attempt < MaxSaveAttempts)
            {
                // Another instance wrote between our read and write: redo the turn on the fresh record.
                continue;
            }
            // Saved: from here on the turn's replies are what the person gets; effects never change them.
            await effects.AfterSaveAsync(outcome, ct);

            LogTurn(logger, channelId, conversationId, inbound.Id, assessment.Level, assessment.Category,
                string.Join(',', assessment.CueIds), turn.Replies.Count > 0 ? turn.Replies[^1].ContentId : null);
            return new TurnResult(renderer.Render(turn.Replies, inbound));
        }
    }

    /// <summary>The effects a repeat must re-run; null (no list allocated) on the usual turn that has none.</summary>
    private List<DialogEffect>? KeptForRepeat(IReadOnlyList<DialogEffect> done)
    {
        List<DialogEffect>? kept = null;
        for (var i = 0; i < done.Count; i++)
        {
            if (effects.AtLeastOnce.Contains(done[i].Kind)) (kept ??= []).Add(done[i]);
        }
        return kept;
    }

    private static ConversationReference ReferenceOf(Activity inbound) => new()
    {
        ActivityId = inbound.Id,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Locale = inbound.Locale,
        Conversation = inbound.Conversation is { } c ? new ConversationAccount { Id = c.Id, IsGroup = c.IsGroup, ConversationType = c.ConversationType, TenantId = c.TenantId } : null,
        User = inbound.From is { } u ? new ChannelAccount { Id = u.Id, AadObjectId = u.AadObjectId } : null,
        Bot = inbound.Recipient is { } b ? new ChannelAccount { Id = b.Id, Name = b.Name } : null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed on {ChannelId}/{ConversationId} activity {ActivityId} (risk {Level}); fallback reply sent")]
    private static partial void LogTurnFailed(ILogger logger, Exception ex, string? channelId, string? conversationId, string? activityId, CrisisLevel level);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {ChannelId}/{ConversationId} activity {ActivityId}: risk {Level}/{Category} cues [{Cues}], last content {ContentId}")]
    private static partial void LogTurn(ILogger logger, string channelId, string conversationId, string? activityId, CrisisLevel level, CrisisCategory category, string cues, string? contentId);
}
