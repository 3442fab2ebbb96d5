using RecoveryBot.Dialogs.Engine;

namespace RecoveryBot.Host.Conversations;

/// <summary>
/// The last message turn saved: its activity id and the bot's replies (our own words, never the person's). When
/// the same activity comes again — a Direct Line client re-posting after a crashed instance, a channel redelivering
/// — the saved turn is not run a second time (the dialog would move on twice); its replies are repeated instead,
/// and the channel stores only those it does not hold yet (issue 7, "no message lost").
/// <see cref="Effects"/> keeps the turn's effects that must happen at least once (a request for a human): the
/// instance that saved the turn may have died before running them, so a repeat runs them again (they are idempotent).
/// </summary>
public sealed record AnsweredTurn(string ActivityId, IReadOnlyList<Reply> Replies)
{
    public IReadOnlyList<DialogEffect>? Effects { get; init; }
}
