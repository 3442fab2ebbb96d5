using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Outbound;

/// <summary>
/// Delivers a turn's replies to a channel that is not answered inline (Teams and other Connector channels).
/// Enqueue returns at once so the channel gets its 200 quickly (PROTOCOL §3.5); replies of one conversation
/// leave in order.
/// </summary>
public interface IReplySender
{
    void Enqueue(Activity inbound, IReadOnlyList<Activity> replies);

    /// <summary>Returns once the replies are safely queued (the outbox has stored them), so the channel's 200 means
    /// "will be delivered" even if this instance dies right after (issue 7 §4).</summary>
    Task EnqueueAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken ct)
    {
        Enqueue(inbound, replies);
        return Task.CompletedTask;
    }
}
