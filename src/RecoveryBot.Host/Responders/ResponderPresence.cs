using System.Collections.Concurrent;
using RecoveryBot.Handoff.Service;

namespace RecoveryBot.Host.Responders;

/// <summary>
/// Counts each responder's open live connections (tabs). The first one opening and the last one closing are
/// reported to the handoff service, which returns held tickets to the queue after a grace period.
/// </summary>
public sealed class ResponderPresence(HandoffService handoff)
{
    private readonly ConcurrentDictionary<string, int> connections = new(StringComparer.Ordinal);

    public async Task ConnectedAsync(string responderId, CancellationToken ct)
    {
        if (connections.AddOrUpdate(responderId, 1, (_, n) => n + 1) == 1)
        {
            await handoff.ResponderPresenceChangedAsync(responderId, connected: true, ct);
        }
    }

    public async Task DisconnectedAsync(string responderId)
    {
        if (connections.AddOrUpdate(responderId, 0, (_, n) => Math.Max(0, n - 1)) == 0)
        {
            connections.TryRemove(new KeyValuePair<string, int>(responderId, 0));
            await handoff.ResponderPresenceChangedAsync(responderId, connected: false, CancellationToken.None);
        }
    }
}
