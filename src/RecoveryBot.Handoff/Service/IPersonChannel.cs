using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Service;

/// <summary>Something to tell the person, by content id (words live in dialogs/).</summary>
public sealed record PersonNotice(string ContentId, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>Show the crisis contacts for <see cref="CrisisCategory"/> after the notice (SLA missed).</summary>
    public bool ShowCrisisContacts { get; init; }
    public string? CrisisCategory { get; init; }

    public static PersonNotice Of(string contentId, params (string Key, string Value)[] args) =>
        new(contentId, args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));
}

/// <summary>
/// The person's own chat (Direct Line log or Bot Connector), implemented by the host's pipeline. The handoff
/// module never knows which one; it only addresses the person by <see cref="PersonAddress"/>.
/// </summary>
public interface IPersonChannel
{
    Task SendNoticeAsync(PersonAddress person, PersonNotice notice, CancellationToken cancellationToken);

    /// <summary>A responder's words, sent as-is, shown under the responder's display name (from.name).</summary>
    Task SendResponderMessageAsync(PersonAddress person, string responderDisplayName, string text, CancellationToken cancellationToken);

    Task SendResponderTypingAsync(PersonAddress person, string responderDisplayName, CancellationToken cancellationToken);

    /// <summary>An event activity into the person's conversation (handoff.initiate for a contact centre, PROTOCOL §6.2).</summary>
    Task SendEventAsync(PersonAddress person, Activity eventActivity, CancellationToken cancellationToken);
}
