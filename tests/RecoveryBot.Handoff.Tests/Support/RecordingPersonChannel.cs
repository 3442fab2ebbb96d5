using System.Collections.Concurrent;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>What the person would have seen, per conversation.</summary>
public sealed class RecordingPersonChannel : IPersonChannel
{
    public sealed record Sent(string ConversationId, string Kind, string? ContentId, string? ResponderName, string? Text,
        PersonNotice? Notice, Activity? Event);

    public ConcurrentQueue<Sent> All { get; } = new();

    public IReadOnlyList<Sent> For(string conversationId) => All.Where(s => s.ConversationId == conversationId).ToList();

    public IReadOnlyList<string> ContentIdsFor(string conversationId) =>
        For(conversationId).Where(s => s.ContentId is not null).Select(s => s.ContentId!).ToList();

    public Task SendNoticeAsync(PersonAddress person, PersonNotice notice, CancellationToken cancellationToken)
    {
        All.Enqueue(new Sent(person.ConversationId, "notice", notice.ContentId, null, null, notice, null));
        return Task.CompletedTask;
    }

    public Task SendResponderMessageAsync(PersonAddress person, string responderDisplayName, string text, CancellationToken cancellationToken)
    {
        All.Enqueue(new Sent(person.ConversationId, "message", null, responderDisplayName, text, null, null));
        return Task.CompletedTask;
    }

    public Task SendResponderTypingAsync(PersonAddress person, string responderDisplayName, CancellationToken cancellationToken)
    {
        All.Enqueue(new Sent(person.ConversationId, "typing", null, responderDisplayName, null, null, null));
        return Task.CompletedTask;
    }

    public Task SendEventAsync(PersonAddress person, Activity eventActivity, CancellationToken cancellationToken)
    {
        All.Enqueue(new Sent(person.ConversationId, "event", null, null, null, null, eventActivity));
        return Task.CompletedTask;
    }
}
