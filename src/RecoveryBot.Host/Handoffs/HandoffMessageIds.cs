namespace RecoveryBot.Host.Handoffs;

/// <summary>
/// The handoff module names its notices <c>handoff/&lt;what&gt;</c>; their words live in dialogs/messages.yaml as
/// <c>handoff-&lt;what&gt;</c> (content id <c>messages/handoff-&lt;what&gt;</c>).
/// </summary>
public static class HandoffMessageIds
{
    public static string For(string noticeContentId) =>
        noticeContentId.Replace('/', '-').Replace('_', '-');
}
