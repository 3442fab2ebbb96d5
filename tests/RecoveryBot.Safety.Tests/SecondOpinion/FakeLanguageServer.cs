using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RecoveryBot.Safety.Tests.SecondOpinion;

/// <summary>What the fake saw: enough to check the analyze-text request shape.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? ApiVersion, string? Key, string? Authorization,
    string? ContentType, JsonElement Body);

/// <summary>
/// A local stand-in for the Azure AI Language endpoint (Kestrel on 127.0.0.1, port chosen by the OS). It answers
/// only POST /language/:analyze-text?api-version=2023-04-01 with a JSON body, like the real service's contract,
/// and returns canned results per kind.
/// </summary>
internal sealed class FakeLanguageServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeLanguageServer(WebApplication app) => this.app = app;

    public Uri Endpoint { get; private set; } = null!;
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public double Negative { get; set; } = 0.05;
    public int Status { get; set; } = 200;
    public string? RawBody { get; set; }
    /// <summary>When set, answers wait for it (a service that hangs).</summary>
    public TaskCompletionSource? Hold { get; set; }

    public static async Task<FakeLanguageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeLanguageServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var doc = await JsonDocument.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        var r = new RecordedRequest(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.Query["api-version"],
            ctx.Request.Headers["Ocp-Apim-Subscription-Key"], ctx.Request.Headers.Authorization, ctx.Request.ContentType,
            doc.RootElement.Clone());
        Requests.Enqueue(r);
        if (Hold is { } hold) await hold.Task.WaitAsync(ctx.RequestAborted);
        if (r.Method != "POST" || r.Path != "/language/:analyze-text" || r.ApiVersion != "2023-04-01")
        {
            ctx.Response.StatusCode = 404;
            return;
        }
        ctx.Response.StatusCode = Status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(RawBody ?? Canned(r.Body.GetProperty("kind").GetString()));
    }

    private string Canned(string? kind) => kind switch
    {
        "SentimentAnalysis" => FormattableString.Invariant(
            $"{{\"kind\":\"SentimentAnalysisResults\",\"results\":{{\"documents\":[{{\"id\":\"1\",\"sentiment\":\"{(Negative >= 0.5 ? "negative" : "neutral")}\",")
            + FormattableString.Invariant(
            $"\"confidenceScores\":{{\"positive\":0.0,\"neutral\":{1 - Negative},\"negative\":{Negative}}},\"sentences\":[],\"warnings\":[]}}],\"errors\":[],\"modelVersion\":\"2022-11-01\"}}}}"),
        "PiiEntityRecognition" => """
            {"kind":"PiiEntityRecognitionResults","results":{"documents":[{"id":"1","redactedText":"call me at ************",
            "entities":[{"text":"555-123-4567","category":"PhoneNumber","offset":11,"length":12,"confidenceScore":0.8}],
            "warnings":[]}],"errors":[],"modelVersion":"2021-01-15"}}
            """,
        _ => """{"error":{"code":"InvalidRequest","message":"unknown kind"}}""",
    };

    public async ValueTask DisposeAsync()
    {
        Hold?.TrySetResult();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
