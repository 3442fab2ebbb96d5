using RecoveryBot.Dialogs;
using RecoveryBot.DirectLine;
using RecoveryBot.Host.Composition;
using RecoveryBot.Host.Messages;
using RecoveryBot.Host.Observability;
using RecoveryBot.Protocol;
using RecoveryBot.Safety;
using RecoveryBot.Storage.DependencyInjection;

// The table of contents (ARCHITECTURE §10.1): one line per part, options validated on start.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(KestrelLimits.Apply);

var content = ContentDirectory.Locate(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRecoveryBotStorage(builder.Configuration);
builder.Services.AddCrisisDetection(content);
builder.Services.AddDialogs(content);
builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddTurnPipeline(builder.Configuration);
builder.Services.AddRecoveryBotTelemetry(builder.Configuration).AddRecoveryBotReadiness();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseWebSockets();
app.MapRecoveryBotHealth();
app.MapBotMessages();
app.MapDirectLine();
app.MapWebChatWidget();
app.Run();

public partial class Program;
