namespace RecoveryBot.Dialogs.Engine;

/// <summary>A button under a reply: the person sees <see cref="Title"/>, the bot receives <see cref="Value"/>.</summary>
public sealed record ReplyChoice(string Title, string Value);

/// <summary>A contact or link: <c>tel:</c>, <c>sms:</c> or <c>https:</c>.</summary>
public sealed record ReplyLink(string Title, string Url);

/// <summary>One message for the person, identified by its content id <c>&lt;flow&gt;/&lt;step&gt;</c>.</summary>
public sealed record Reply(
    string ContentId,
    string Text,
    IReadOnlyList<ReplyChoice> Choices,
    IReadOnlyList<ReplyLink> Links);

/// <summary>Something the pipeline must do after the turn; the engine itself never does I/O.</summary>
public enum EffectKind
{
    CrisisEscalation,
    HandoffRequested,
    HandoffCancelled,
    DeleteDataRequested,
    FlowStarted,
    FlowEnded,
    LanguageChanged,
}

public sealed record DialogEffect(EffectKind Kind, string? Detail = null);

/// <summary>The engine's answer: replies to send, effects to perform, and the state to save.</summary>
public sealed record DialogTurn(IReadOnlyList<Reply> Replies, IReadOnlyList<DialogEffect> Effects, DialogState State);
