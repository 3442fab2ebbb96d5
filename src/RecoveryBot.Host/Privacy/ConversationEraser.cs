using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.Handoff.Privacy;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Host.Outbound;
using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.Outbox;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Privacy;

/// <summary>
/// "Delete my data" (issue 7): removes the person's records everywhere — conversation record, Direct Line log,
/// outbox queue, every handoff ticket with its transcript and notes — and strips the conversation id from the
/// audit trail (entries keep levels and ids of content, and count for the clinic, but no longer point at anyone).
/// Runs twice: at once, and after <see cref="PrivacyOptions.DeletionGrace"/> so the confirmation the person is
/// reading (and anything written meanwhile) goes too.
/// </summary>
public sealed partial class ConversationEraser(
    IRecordStore records,
    IActivityLog activityLog,
    IOutboxStore outbox,
    IAuditLog audit,
    HandoffService handoffs,
    HandoffErasure handoffErasure,
    ConversationLocks directLineLocks,
    IOptions<PrivacyOptions> options,
    TimeProvider clock,
    ILogger<ConversationEraser> logger)
{
    public const string AuditAction = "privacy.erased";
    private readonly ConcurrentDictionary<Task, byte> _pending = new();

    /// <summary>Starts the erasure in the background (the turn's confirmation must not wait for it).</summary>
    public Task Schedule(string channelId, string conversationId)
    {
        var work = Task.Run(() => RunAsync(channelId, conversationId));
        _pending.TryAdd(work, 0);
        _ = work.ContinueWith(t => _pending.TryRemove(t, out _), TaskScheduler.Default);
        return work;
    }

    /// <summary>Completes when every scheduled erasure (both passes) has finished (shutdown, tests).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_pending.Keys);

    /// <summary>One pass: everything the conversation left in storage.</summary>
    /// <param name="includeDirectLineLog">False for the first of two passes: the person is still to read the confirmation there.</param>
    public async Task<ErasureCounts> EraseAsync(string channelId, string conversationId, CancellationToken ct, bool includeDirectLineLog = true)
    {
        // Close an open request first: the responder's console is told, and the queue moves up.
        await handoffs.CancelAsync(conversationId, ct);
        var tickets = await handoffErasure.EraseConversationAsync(conversationId, ct);
        var record = await records.DeleteAsync(ConversationRecord.KeyFor(channelId, conversationId), ct);
        var queued = await outbox.DeleteQueueAsync(OutboxReplySender.QueueKey(channelId, conversationId), ct);
        var activities = 0;
        if (includeDirectLineLog)
        {
            // The Direct Line lock: a post in progress stores its replies before the log goes, never after.
            using (await directLineLocks.AcquireAsync(conversationId, ct))
            {
                activities = await activityLog.DeleteConversationAsync(conversationId, ct);
            }
        }
        var pseudonym = Pseudonym(conversationId);
        var audited = await audit.ReplaceConversationIdAsync(conversationId, pseudonym, ct);
        return new ErasureCounts(record ? 1 : 0, activities, queued, tickets, audited);
    }

    /// <summary>The audit trail's stand-in for an erased conversation id: stable (one SHA-256), not reversible.</summary>
    public static string Pseudonym(string conversationId) =>
        "erased:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..16];

    private async Task RunAsync(string channelId, string conversationId)
    {
        try
        {
            var grace = options.Value.DeletionGrace;
            var first = await EraseAsync(channelId, conversationId, CancellationToken.None, includeDirectLineLog: grace == TimeSpan.Zero);
            if (grace > TimeSpan.Zero)
            {
                await Task.Delay(grace, clock);
            }
            var second = await EraseAsync(channelId, conversationId, CancellationToken.None);
            var total = first + second;
            await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), "person", AuditAction, Pseudonym(conversationId), null,
                $"records={total.Records};activities={total.Activities};outbox={total.OutboxItems};tickets={total.Tickets};audit={total.AuditEntries}"));
            LogErased(logger, Pseudonym(conversationId), total.Records, total.Activities, total.Tickets);
        }
        catch (Exception ex)
        {
            // The retention purge still removes whatever is left once the period ends.
            LogFailed(logger, ex, Pseudonym(conversationId));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {Pseudonym} erased on request: {Records} records, {Activities} activities, {Tickets} tickets")]
    private static partial void LogErased(ILogger logger, string pseudonym, int records, int activities, int tickets);

    [LoggerMessage(Level = LogLevel.Error, Message = "Erasing conversation {Pseudonym} failed; retention will purge the rest")]
    private static partial void LogFailed(ILogger logger, Exception ex, string pseudonym);
}

/// <summary>What an erasure pass removed (counts only).</summary>
public sealed record ErasureCounts(int Records, int Activities, int OutboxItems, int Tickets, int AuditEntries)
{
    public static ErasureCounts operator +(ErasureCounts a, ErasureCounts b) => new(a.Records + b.Records,
        a.Activities + b.Activities, a.OutboxItems + b.OutboxItems, a.Tickets + b.Tickets, a.AuditEntries + b.AuditEntries);
}
