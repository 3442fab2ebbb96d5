using RecoveryBot.DirectLine.Bot;
using RecoveryBot.DirectLine.Hosting;
using RecoveryBot.Protocol.Activities;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDirectLine(builder.Configuration);
// TEMPORARY (directline branch): an echo bot until the integrator's turn pipeline implements IDirectLineBot.
builder.Services.AddSingleton<IDirectLineBot, TemporaryEchoBot>();
var app = builder.Build();
app.MapDirectLine();
app.MapWebChatWidget();
app.MapGet("/healthz", () => Results.Text("ok"));
app.Run();

public partial class Program;

/// <summary>TEMPORARY: greets on webchat/join with a suggested action and echoes messages; replaced by the pipeline.</summary>
internal sealed class TemporaryEchoBot : IDirectLineBot
{
    public Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        static Activity Say(string contentId, string text) => new()
        {
            Type = ActivityTypes.Message,
            Text = text,
            Entities = [new Entity { Type = "recoverybot.content", ContentId = contentId }],
        };
        if (activity is { Type: ActivityTypes.Event, Name: "webchat/join" })
        {
            var hello = Say("welcome/echo", "Echo host: say anything.");
            hello.SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = "imBack", Title = "Start", Value = System.Text.Json.JsonDocument.Parse("\"Start\"").RootElement.Clone() }] };
            return Task.FromResult<IReadOnlyList<Activity>>([hello]);
        }
        if (activity.Type == ActivityTypes.Message)
            return Task.FromResult<IReadOnlyList<Activity>>([Say("echo/reply", "You said: " + activity.Text)]);
        return Task.FromResult<IReadOnlyList<Activity>>([]);
    }
}
