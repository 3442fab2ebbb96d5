using System.Text.Json;
using RecoveryBot.DirectLine.Bot;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Tests.Fakes;

/// <summary>Answers "echo: …" to messages, a welcome to webchat/join, a typing + reply to "typing", throws on "boom".</summary>
public sealed class EchoBot : IDirectLineBot
{
    public List<Activity> Received { get; } = [];

    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (Received)
            Received.Add(activity);
        if (activity.Type == ActivityTypes.Event && activity.Name == "webchat/join")
            return Reply(Message("welcome/greeting", "Hello"));
        if (activity.Type != ActivityTypes.Message)
            return Reply();
        if (activity.Text == "boom")
            throw new InvalidOperationException("bot failure");
        if (activity.Text == "typing")
            return Reply(new Activity { Type = ActivityTypes.Typing }, Message("echo", "after typing"));
        return Reply(Message("echo", "echo: " + activity.Text));
    }

    private static Activity Message(string contentId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Entities = [new Entity { Type = "recoverybot.content", ContentId = contentId }],
    };

    private static Task<IReadOnlyList<Activity>> Reply(params Activity[] replies) => Task.FromResult<IReadOnlyList<Activity>>(replies);
}

public static class Json
{
    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
