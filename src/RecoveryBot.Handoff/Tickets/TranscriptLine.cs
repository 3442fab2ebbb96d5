namespace RecoveryBot.Handoff.Tickets;

/// <summary>Who wrote a transcript line.</summary>
public enum TranscriptAuthor
{
    Person,
    Responder,
}

/// <summary>One redacted line of the handoff transcript. <see cref="Text"/> has passed <c>Redactor.Redact</c>.</summary>
public sealed record TranscriptLine(int Sequence, TranscriptAuthor Author, string? ResponderName, string Text, DateTimeOffset At, bool Crisis);
