namespace RecoveryBot.Dialogs.Content;

/// <summary>A contact shown as a one-tap link: <c>tel:</c>, <c>sms:</c> or <c>https:</c> (SAFETY-NOTES §5).</summary>
public sealed record Resource(string Id, LocalizedText Title, string Url, string File, int Line);

/// <summary>A shared message from dialogs/messages.yaml, rendered by id for the pipeline.</summary>
public sealed record MessageDef(string Id, LocalizedText Text, string[] Links, int Line);
