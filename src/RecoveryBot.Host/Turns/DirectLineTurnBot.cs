using RecoveryBot.DirectLine.Bot;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Host.Turns;

/// <summary>Web Chat's turns: the Direct Line server hands each posted activity to the same pipeline as Teams.</summary>
public sealed class DirectLineTurnBot(TurnPipeline pipeline) : IDirectLineBot
{
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(activity, cancellationToken)).Replies;
}
