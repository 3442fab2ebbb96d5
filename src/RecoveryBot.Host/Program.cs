using RecoveryBot.Dialogs.Hosting;
using RecoveryBot.DirectLine.Hosting;
using RecoveryBot.Handoff;
using RecoveryBot.Host.Composition;
using RecoveryBot.Host.Insights;
using RecoveryBot.Host.Messages;
using RecoveryBot.Host.Observability;
using RecoveryBot.Host.Privacy;
using RecoveryBot.Host.Responders;
using RecoveryBot.Host.ScaleOut;
using RecoveryBot.Protocol;
using RecoveryBot.Safety.DependencyInjection;
using RecoveryBot.Storage.DependencyInjection;

// The table of contents (ARCHITECTURE §10.1): one line per part; options are validated on start, and invalid
// content (dialogs/) stops the host here rather than in a conversation.
var builder = WebApplication.CreateBuilder(HostArguments.WithoutConfigReload(args));
builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);

var content = DialogsDirectory.Locate(builder.Configuration["Dialogs:Directory"]);
builder.Services.AddScaleOut(builder.Configuration); // before AddDirectLine/AddHandoff: replaces their in-process defaults on Postgres
builder.Services.AddRecoveryBotStorage(builder.Configuration);
builder.Services.AddCrisisDetection(content).AddAzureLanguageSecondOpinion(builder.Configuration);
builder.Services.AddDialogs(content);
builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddHandoff(builder.Configuration, content);
builder.Services.AddResponderConsole(builder.Configuration);
builder.Services.AddTurnPipeline(builder.Configuration);
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddRecoveryBotTelemetry(builder.Configuration).AddRecoveryBotReadiness();

var app = builder.Build();
app.MapRecoveryBotHealth();
app.MapBotMessages();
app.MapDirectLine();
app.MapWebChatWidget();
app.MapResponderConsole();
app.MapProgrammeInsights();
app.Run();

public partial class Program;
