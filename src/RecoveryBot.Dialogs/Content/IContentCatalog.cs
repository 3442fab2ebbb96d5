using RecoveryBot.Dialogs.Directory;
using RecoveryBot.Dialogs.Engine;

namespace RecoveryBot.Dialogs.Content;

/// <summary>
/// The loaded, validated dialogs/ content. The pipeline renders its own messages (handoff waiting, Teams group
/// scope, storage trouble…) by id through <see cref="Message"/>, so no user-facing words live in C#.
/// </summary>
public interface IContentCatalog
{
    /// <summary>A message from dialogs/messages.yaml; content id <c>messages/&lt;id&gt;</c>.</summary>
    /// <param name="args">Values for <c>{placeholders}</c>, e.g. <c>position</c> or <c>name</c>.</param>
    /// <exception cref="KeyNotFoundException">The id is not in messages.yaml.</exception>
    Reply Message(string id, string locale, IReadOnlyDictionary<string, string>? args = null);

    bool HasMessage(string id);

    Flow? FindFlow(string id);

    IReadOnlyCollection<Flow> Flows { get; }

    ServiceDirectory Directory { get; }
}
