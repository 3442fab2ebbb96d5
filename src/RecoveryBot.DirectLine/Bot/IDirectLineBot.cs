using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Bot;

/// <summary>
/// The bot as the Direct Line server sees it: one in-process turn per posted activity. The returned replies go
/// straight into the conversation's log (no Connector round trip, issue #5 §4); typing activities are pushed
/// to open sockets only.
/// </summary>
public interface IDirectLineBot
{
    Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken);
}
